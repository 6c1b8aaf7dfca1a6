using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Syntax;

public class LexerTests
{
    private static (List<Token> Tokens, DiagnosticBag Bag) Lex(string text)
    {
        var bag = new DiagnosticBag();
        var tokens = Lexer.Tokenize(PreprocessedText.Create(SourceText.From(text, "t.das")), bag);
        return ([.. tokens.Where(t => t.Kind is not (TokenKind.NewLine or TokenKind.EndOfFile))], bag);
    }

    private static TokenKind[] Kinds(string text) => [.. Lex(text).Tokens.Select(t => t.Kind)];

    [Fact]
    public void Tag_IsGroupCommaElement()
    {
        Assert.Equal([TokenKind.PublicGroup, TokenKind.Comma, TokenKind.PublicElement], Kinds("(0010,0010)"));
        Assert.Equal([TokenKind.PrivateGroup, TokenKind.Comma, TokenKind.PrivateElement], Kinds("(0019,{SIEMENS MR HEADER}10)"));
        Assert.Equal([TokenKind.PublicGroup, TokenKind.Comma, TokenKind.PublicElement], Kinds("(0008, 1030)"));
    }

    [Fact]
    public void GroupParity_DecidesPublicOrPrivate_AndXIsNotAParityDigit()
    {
        Assert.Equal(TokenKind.PublicGroup, Lex("(60X@").Tokens[0].Kind);
        Assert.Equal(TokenKind.PrivateGroup, Lex("(XXX#").Tokens[0].Kind);
        Assert.Equal(TokenKind.OpenParen, Lex("(60XX,3000)").Tokens[0].Kind);
    }

    [Fact]
    public void OpenParenFollowedByFourHexLetters_IsATagGroup_AsUpstream()
    {
        Assert.Equal([TokenKind.IfKeyword, TokenKind.PublicGroup, TokenKind.EqualsOperator, TokenKind.String, TokenKind.CloseParen], Kinds("if (face = \"x\")"));
        Assert.Equal([TokenKind.IfKeyword, TokenKind.OpenParen, TokenKind.Identifier], Kinds("if ( face"));
    }

    [Fact]
    public void FourHexCharactersBeforeCloseParen_AreAnElement_LongestMatchWins()
    {
        Assert.Equal(TokenKind.PublicElement, Lex("1234)").Tokens[0].Kind);
        Assert.Equal([TokenKind.Integer, TokenKind.CloseParen], Kinds("12345)"));
        Assert.Equal([TokenKind.Identifier, TokenKind.CloseParen], Kinds("faced)"));
    }

    [Fact]
    public void Numbers_FollowTheGrammar()
    {
        Assert.Equal([TokenKind.Integer, TokenKind.Integer, TokenKind.Integer], Kinds("007"));
        Assert.Equal("-5", Lex("-5").Tokens[0].Text);
        Assert.Equal([TokenKind.Minus, TokenKind.Integer], Kinds("- 5"));
        Assert.Equal([TokenKind.Float], Kinds("-0.5"));
        Assert.Equal([TokenKind.Minus, TokenKind.Integer], Kinds("-0"));
        Assert.Equal([TokenKind.Float], Kinds("30.0"));
        Assert.Equal([TokenKind.Integer, TokenKind.LevelWildcard], Kinds("1."));
    }

    [Fact]
    public void Keywords_AreReservedButLongerWordsAreIdentifiers()
    {
        Assert.Equal([TokenKind.VersionKeyword, TokenKind.Identifier, TokenKind.Identifier, TokenKind.ElseIfKeyword], Kinds("version versionA iffy elseif"));
        Assert.Equal([TokenKind.HexDigitWildcard, TokenKind.HexDigitWildcard, TokenKind.Identifier], Kinds("x X xy"));
    }

    [Fact]
    public void Operators_LongestMatch()
    {
        Assert.Equal([TokenKind.Assign, TokenKind.AssignIfExists, TokenKind.Question, TokenKind.Colon, TokenKind.NotEqualsOperator, TokenKind.NotMatchesOperator, TokenKind.MatchesOperator, TokenKind.EqualsOperator],
            Kinds(":= ?= ? : != !~ ~ ="));
    }

    [Fact]
    public void String_WithAcceptedEscapes_HasNoDiagnostics()
    {
        var (tokens, bag) = Lex("\"a\\\\b \\n \\( \\) \\101\"");
        Assert.Single(tokens);
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Empty(bag.Items);
    }

    [Fact]
    public void String_BadEscape_IsAnErrorAtTheBackslash()
    {
        var (_, bag) = Lex("x1 := \"\\d\"");
        var d = Assert.Single(bag.Items);
        Assert.Equal("DE1003", d.Code);
        Assert.Equal(new TextSpan(7, 2), d.Span);
    }

    [Fact]
    public void String_Unterminated_EndsAtTheLineEnd()
    {
        var (tokens, bag) = Lex("\"abc\n\"def\"");
        Assert.Equal("DE1002", Assert.Single(bag.Items).Code);
        Assert.Equal("\"abc", tokens[0].Text);
        Assert.Equal("\"def\"", tokens[1].Text);
    }

    [Fact]
    public void UnknownCharacter_IsDroppedWithAWarning()
    {
        var (tokens, bag) = Lex("(0010,0010) := \"A\";");
        var d = Assert.Single(bag.Items);
        Assert.Equal(("DE1001", DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Equal(5, tokens.Count);
    }

    [Fact]
    public void Creator_MayContainSpacesDotsColonsButNotSlashes()
    {
        Assert.Equal(TokenKind.PrivateElement, Lex("{Philips MR Imaging DD 001}33)").Tokens[0].Kind);
        Assert.Equal(TokenKind.PrivateElement, Lex("{A.B:C-D_E}XX)").Tokens[0].Kind);
        Assert.Equal(TokenKind.OpenBrace, Lex("{A/B}10)").Tokens[0].Kind);
        Assert.Equal(TokenKind.OpenBrace, Lex("{ A}10)").Tokens[0].Kind);
    }

    [Fact]
    public void TokenSpans_PointIntoTheOriginalText()
    {
        var text = "a := \"x\\\ny\"\n  b := 1";
        var (tokens, _) = Lex(text);
        var s = tokens.Single(t => t.Kind == TokenKind.String);
        Assert.Equal("\"xy\"", s.Text);
        Assert.Equal(5, s.Span.Start);
        Assert.Equal(text.IndexOf("y\"", StringComparison.Ordinal) + 2, s.Span.End);
        var b = tokens.Single(t => t.Text == "b");
        Assert.Equal(text.IndexOf('b', StringComparison.Ordinal), b.Span.Start);
    }
}
