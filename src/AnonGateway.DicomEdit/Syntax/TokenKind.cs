namespace AnonGateway.DicomEdit.Syntax;

/// <summary>DicomEdit 6 token kinds (grammar notes §2). Whitespace and comments are not tokens.</summary>
public enum TokenKind
{
    EndOfFile,
    NewLine,
    Comma,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    OpenBrace,
    CloseBrace,
    Slash,
    /// <summary><c>:=</c></summary>
    Assign,
    /// <summary><c>?=</c></summary>
    AssignIfExists,
    /// <summary><c>-</c> (deletion)</summary>
    Minus,
    Question,
    Colon,
    /// <summary><c>=</c></summary>
    EqualsOperator,
    /// <summary><c>!=</c></summary>
    NotEqualsOperator,
    /// <summary><c>~</c></summary>
    MatchesOperator,
    /// <summary><c>!~</c></summary>
    NotMatchesOperator,
    IfKeyword,
    ElseIfKeyword,
    ElseKeyword,
    DescribeKeyword,
    HiddenKeyword,
    ConstKeyword,
    ImmutableKeyword,
    ExportKeyword,
    EchoKeyword,
    RemoveAllPrivateTagsKeyword,
    VersionKeyword,
    /// <summary>A lone <c>x</c> or <c>X</c> (never an identifier).</summary>
    HexDigitWildcard,
    /// <summary><c>%</c></summary>
    ItemWildcard,
    /// <summary><c>*</c>, <c>+</c> or <c>.</c></summary>
    LevelWildcard,
    Identifier,
    Integer,
    Float,
    String,
    /// <summary><c>(gggg</c> with an even last group digit.</summary>
    PublicGroup,
    /// <summary><c>(gggg</c> with an odd last group digit.</summary>
    PrivateGroup,
    /// <summary><c>eeee)</c></summary>
    PublicElement,
    /// <summary><c>{creator}ee)</c></summary>
    PrivateElement,
}
