using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Syntax;

public class PreprocessedTextTests
{
    private static PreprocessedText Pre(string text) => PreprocessedText.Create(SourceText.From(text, "t.das"));

    [Theory]
    [InlineData("a\nb", "a\nb\n")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("", "")]
    [InlineData("a\\\nb", "ab\n")]
    [InlineData("a\\\nb\\\nc", "abc\n")]
    [InlineData("a\\", "a\n")]
    [InlineData("\"INSERTED \\\nSTRING\"", "\"INSERTED STRING\"\n")]
    public void LinesAreJoinedAndTerminated(string input, string expected) => Assert.Equal(expected, Pre(input).Text);

    [Theory]
    [InlineData("x := 1 // comment", "x := 1 ")]
    [InlineData("x := \"//not a comment\"", "x := \"//not a comment\"")]
    [InlineData("x := \"https://stillnotacomment\"", "x := \"https://stillnotacomment\"")]
    [InlineData("x := \"/NOT/A/COMMENT//\"", "x := \"/NOT/A/COMMENT//\"")]
    [InlineData("x := \"http//nope\"", "x := \"http//nope\"")]
    [InlineData("x := \"http://a\" // c", "x := \"http://a\" ")]
    [InlineData("x := \"a//b\" // c", "x := \"a//b\" ")]
    [InlineData("// only a comment", "")]
    public void CommentsAreStrippedAsXnatDoes(string input, string expected) => Assert.Equal(expected + "\n", Pre(input).Text);

    [Fact]
    public void CommentEndingInBackslash_SwallowsTheNextLine_AndIsRecorded()
    {
        var pre = Pre("// c \\\n-(0010,0010)\n-(0010,0020)");
        Assert.Equal("\n-(0010,0020)\n", pre.Text);
        var swallowed = Assert.Single(pre.SwallowedLines);
        Assert.Equal(7, swallowed.Start);
    }

    [Fact]
    public void Continuations_AreRecordedAtTheBackslash()
    {
        var pre = Pre("ab\\\ncd");
        Assert.Equal([2], pre.Continuations);
        Assert.Equal(4, pre.MapOffset(2)); // 'c'
    }
}
