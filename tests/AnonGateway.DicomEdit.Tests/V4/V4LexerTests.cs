using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;
using AnonGateway.DicomEdit.V4;

namespace AnonGateway.DicomEdit.Tests.V4;

public class V4LexerTests
{
    private static (IReadOnlyList<V4Token> Tokens, IReadOnlyList<ScriptDiagnostic> Diagnostics) Lex(string text)
    {
        var bag = new DiagnosticBag();
        var tokens = V4Lexer.Tokenize(SourceText.From(text, "t.das"), bag);
        return (tokens, bag.Items);
    }

    private static V4TokenKind[] Kinds(string text) => [.. Lex(text).Tokens.Select(t => t.Kind)];

    [Fact]
    public void Every_token_kind_is_recognised()
    {
        Assert.Equal(
            [V4TokenKind.Tag, V4TokenKind.Assign, V4TokenKind.String, V4TokenKind.NewLine,
             V4TokenKind.Minus, V4TokenKind.TagPattern, V4TokenKind.NewLine,
             V4TokenKind.Identifier, V4TokenKind.Equals, V4TokenKind.Number, V4TokenKind.Colon, V4TokenKind.EchoKeyword,
             V4TokenKind.Identifier, V4TokenKind.LeftBracket, V4TokenKind.Tag, V4TokenKind.Comma, V4TokenKind.Number, V4TokenKind.RightBracket, V4TokenKind.NewLine,
             V4TokenKind.Tag, V4TokenKind.Tilde, V4TokenKind.String, V4TokenKind.NewLine,
             V4TokenKind.DescribeKeyword, V4TokenKind.Identifier, V4TokenKind.HiddenKeyword, V4TokenKind.NewLine,
             V4TokenKind.ExportKeyword, V4TokenKind.Identifier, V4TokenKind.String, V4TokenKind.NewLine,
             V4TokenKind.Tag, V4TokenKind.Assign, V4TokenKind.NewKeyword, V4TokenKind.Identifier, V4TokenKind.EndOfFile],
            Kinds("(0010,0010) := \"x\"\n-(50XX,XXXX)\nx = -5 : echo f[(0008,0060), 0]\r\n(0008,0060) ~ \"M.\"\n" +
                  "describe x hidden\nexport x \"f\"\n(0008,0018) := new UID"));
    }

    [Fact]
    public void Comments_and_backslash_newline_are_white_space()
    {
        var (tokens, diagnostics) = Lex("-(0010,0010) // a comment -(0010,0020)\n(0010,0010) := \\\n  \"x\"");
        Assert.Empty(diagnostics);
        Assert.Equal([V4TokenKind.Minus, V4TokenKind.Tag, V4TokenKind.NewLine, V4TokenKind.Tag, V4TokenKind.Assign, V4TokenKind.String, V4TokenKind.EndOfFile],
            tokens.Select(t => t.Kind));
    }

    [Theory]
    [InlineData(@"""a\nb""", "a\nb")]
    [InlineData(@"""a\tb""", "a\tb")]
    [InlineData(@"""\b\f\r""", "\b\f\r")]
    [InlineData(@"""say \""hi\""""", "say \"hi\"")]
    [InlineData(@"""it\'s""", "it's")]
    [InlineData(@"""\\d[\\d\\.]+""", @"\d[\d\.]+")]
    [InlineData("\"two\nlines\"", "two\nlines")]
    public void String_escapes_are_translated(string literal, string value)
    {
        var (tokens, diagnostics) = Lex(literal);
        Assert.Empty(diagnostics);
        Assert.Equal(V4TokenKind.String, tokens[0].Kind);
        Assert.Equal(value, tokens[0].Value);
    }

    [Theory]
    [InlineData(@"""\u0041""", "DE4004", 1, 6)]
    [InlineData(@"""\0""", "DE4004", 1, 2)]
    [InlineData(@"""\123""", "DE4004", 1, 4)]
    [InlineData(@"""\d""", "DE4003", 1, 2)]
    [InlineData("\"open", "DE4002", 0, 1)]
    [InlineData("(0010, 0010)", "DE4006", 0, 12)]
    [InlineData("(50xx,xxxx)", "DE4007", 0, 11)]
    [InlineData("(0019,{SIEMENS MR HEADER}10)", "DE4008", 0, 28)]
    [InlineData("(0010,001)", "DE4005", 0, 10)]
    [InlineData("(0010", "DE4005", 0, 1)]
    [InlineData("(0010,0010 := \"x\"", "DE4005", 0, 1)]
    [InlineData("!=", "DE4009", 0, 2)]
    [InlineData("!~", "DE4009", 0, 2)]
    [InlineData("?", "DE4010", 0, 1)]
    [InlineData("?=", "DE4017", 0, 2)]
    [InlineData("{", "DE4011", 0, 1)]
    [InlineData("30.0", "DE4012", 0, 4)]
    [InlineData("2147483648", "DE4013", 0, 10)]
    [InlineData("007", "DE4014", 0, 3)]
    [InlineData("\\ x", "DE4015", 0, 1)]
    [InlineData("/", "DE4016", 0, 1)]
    [InlineData(";", "DE4001", 0, 1)]
    [InlineData("$", "DE4001", 0, 1)]
    public void Lexical_errors_have_a_code_and_an_exact_span(string text, string code, int start, int length)
    {
        var (_, diagnostics) = Lex(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(new TextSpan(start, length), d.Span);
        Assert.False(string.IsNullOrWhiteSpace(d.Message));
    }

    [Fact]
    public void A_negative_number_and_a_deletion_are_told_apart()
    {
        Assert.Equal([V4TokenKind.Number, V4TokenKind.Minus, V4TokenKind.Tag, V4TokenKind.Minus, V4TokenKind.Number, V4TokenKind.EndOfFile],
            Kinds("-12 -(0010,0010) -0"));
    }

    [Fact]
    public void Tags_are_decoded_with_wildcards()
    {
        var (tokens, _) = Lex("(0008,010d) (XXX#,XXXX) (0018,901#) (60@0,3000)");
        Assert.Equal(0x0008010Du, tokens[0].Tag.Value);
        Assert.False(tokens[0].Tag.HasWildcard);
        Assert.Equal("(XXX#,XXXX)", tokens[1].Tag.ToString());
        Assert.True(tokens[2].Tag.Matches(new Dicom.Data.DicomDataset(), new Dicom.Dictionary.DicomTag(0x0018, 0x901F)));
        Assert.False(tokens[2].Tag.Matches(new Dicom.Data.DicomDataset(), new Dicom.Dictionary.DicomTag(0x0018, 0x901E)));
        Assert.True(tokens[3].Tag.Matches(new Dicom.Data.DicomDataset(), new Dicom.Dictionary.DicomTag(0x6020, 0x3000)));
        Assert.False(tokens[3].Tag.Matches(new Dicom.Data.DicomDataset(), new Dicom.Dictionary.DicomTag(0x6010, 0x3000)));
    }

    [Fact]
    public void A_tag_with_spaces_is_still_read_as_meant_so_that_only_one_error_is_given()
    {
        var (tokens, diagnostics) = Lex("(0010, 0010) := \"x\"");
        Assert.Equal("DE4006", Assert.Single(diagnostics).Code);
        Assert.Contains("(0010,0010)", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal(V4TokenKind.Tag, tokens[0].Kind);
        Assert.Equal(0x00100010u, tokens[0].Tag.Value);
    }
}
