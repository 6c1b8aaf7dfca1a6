namespace AnonGateway.DicomEdit.V4;

/// <summary>The kinds of DicomEdit 4 tokens (grammar notes §6.1).</summary>
public enum V4TokenKind
{
    /// <summary>The end of the script.</summary>
    EndOfFile,
    /// <summary>A line break (<c>\n</c> or <c>\r\n</c>): it ends a statement.</summary>
    NewLine,
    /// <summary>A double-quoted string; <see cref="V4Token.Value"/> holds the text with escapes translated.</summary>
    String,
    /// <summary>An integer; <see cref="V4Token.Value"/> holds its digits.</summary>
    Number,
    /// <summary>An exact tag <c>(gggg,eeee)</c>.</summary>
    Tag,
    /// <summary>A tag pattern with <c>X</c>, <c>@</c> or <c>#</c> digits.</summary>
    TagPattern,
    /// <summary>A name (variable or function); <see cref="V4Token.Value"/> holds it.</summary>
    Identifier,
    /// <summary><c>:=</c></summary>
    Assign,
    /// <summary><c>:</c> (a condition constrains the action after it)</summary>
    Colon,
    /// <summary><c>-</c> (deletion)</summary>
    Minus,
    /// <summary><c>=</c></summary>
    Equals,
    /// <summary><c>~</c> (regular expression match)</summary>
    Tilde,
    /// <summary><c>[</c></summary>
    LeftBracket,
    /// <summary><c>]</c></summary>
    RightBracket,
    /// <summary><c>,</c></summary>
    Comma,
    /// <summary>The keyword <c>echo</c>.</summary>
    EchoKeyword,
    /// <summary>The keyword <c>new</c>.</summary>
    NewKeyword,
    /// <summary>The keyword <c>describe</c>.</summary>
    DescribeKeyword,
    /// <summary>The keyword <c>hidden</c>.</summary>
    HiddenKeyword,
    /// <summary>The keyword <c>export</c>.</summary>
    ExportKeyword,
    /// <summary>Characters the lexer could not use (already reported); the parser skips it.</summary>
    Bad,
}
