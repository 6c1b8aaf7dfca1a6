using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Syntax;

public class LanguageSelectorTests
{
    private static LanguageSelection Select(string text) => LanguageSelector.Select(SourceText.From(text, "t.das"));

    [Theory]
    [InlineData("version \"6.6\"\n-(0010,0010)", "6.6")]
    [InlineData("// comment\n\nversion \"6.1\"\n", "6.1")]
    [InlineData("version\t\"6.3\"", "6.3")]
    [InlineData("version 6.7", "6.7")]
    [InlineData("version \"6.0\" // trailing", "6.0")]
    public void FirstVersionLine_SelectsDicomEdit6(string text, string version)
    {
        var s = Select(text);
        Assert.Equal((DicomEditLanguage.V6, version), (s.Language, s.Version));
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void NoVersionLine_IsDicomEdit4_WithoutDiagnostics()
    {
        var s = Select("(0010,0010) := \"x\"\n-(0010,0020)\n");
        Assert.Equal(DicomEditLanguage.V4, s.Language);
        Assert.Null(s.Version);
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void OnlyTheFirstVersionLineCounts()
    {
        var s = Select("version \"6.2\"\nversion \"6.6\"\n");
        Assert.Equal(("6.2", 0), (s.Version, s.VersionLine));
    }

    [Theory]
    [InlineData("  version \"6.6\"", "DE0001")]
    [InlineData("\tversion \"6.6\"", "DE0001")]
    [InlineData("version  \"6.6\"", "DE0002")]
    [InlineData("Version \"6.6\"", "DE0005")]
    [InlineData("VERSION \"6.6\"", "DE0005")]
    public void NearMisses_FallBackToDicomEdit4_WithAClearError(string line, string code)
    {
        var s = Select("// header\n" + line + "\n(0010,0010) := \"x\"\n");
        Assert.Equal(DicomEditLanguage.V4, s.Language);
        var d = Assert.Single(s.Diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(1, d.Position.Line);
        Assert.True(s.HasErrors);
    }

    [Fact]
    public void NearMissThenRealVersionLine_TheRealOneWins()
    {
        var s = Select("  version \"6.6\"\nversion \"6.6\"\n");
        Assert.Equal(DicomEditLanguage.V6, s.Language);
        Assert.Empty(s.Diagnostics);
    }

    [Theory]
    [InlineData("version := \"6.1\"")]
    [InlineData("version: \"6.1\"")]
    [InlineData("version = \"6.1\"")]
    public void MalformedVersionStatement_IsAnError(string line)
    {
        var s = Select(line + "\n");
        Assert.Equal("DE0003", Assert.Single(s.Diagnostics).Code);
        Assert.Equal(0, s.MalformedVersionLine);
    }

    [Theory]
    [InlineData("version \"7.0\"", "7.0")]
    [InlineData("version \"6.8\"", "6.8")]
    [InlineData("version \"\"", "")]
    public void UnknownVersion_IsAnError(string line, string version)
    {
        var s = Select(line + "\n");
        var d = Assert.Single(s.Diagnostics);
        Assert.Equal("DE0004", d.Code);
        Assert.Equal(version, s.Version);
    }

    [Fact]
    public void Version4_SelectsDicomEdit4()
    {
        var s = Select("version \"4.2\"\n");
        Assert.Equal(DicomEditLanguage.V4, s.Language);
        Assert.Empty(s.Diagnostics);
    }

    [Fact]
    public void Compiler_DoesNotRunDicomEdit4OnANearMiss()
    {
        var c = ScriptCompiler.Compile(SourceText.From("  version \"6.6\"\n(0010,0010) := \"x\"\n", "t.das"));
        Assert.Equal(DicomEditLanguage.V4, c.Language);
        Assert.Equal(["DE0001"], c.Diagnostics.Select(d => d.Code));
        Assert.Null(c.Script);
    }

    [Fact]
    public void Compiler_MalformedVersionLine_IsReportedOnce()
    {
        var c = ScriptCompiler.Compile(SourceText.From("version := \"6.1\"\n(0010,0010) := \"x\"\n", "t.das"));
        Assert.Equal(["DE0003"], c.Diagnostics.Select(d => d.Code));
    }
}
