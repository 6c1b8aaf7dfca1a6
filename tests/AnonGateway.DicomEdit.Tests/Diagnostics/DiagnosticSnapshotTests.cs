using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Diagnostics;

/// <summary>Golden tests: each <c>Golden/diagnostics/NNN-name.das</c> compiles to exactly the text in
/// <c>NNN-name.expected.txt</c> (the <c>validate</c> text format, file name as given).</summary>
public class DiagnosticSnapshotTests
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Golden", "diagnostics");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Folder, "*.das").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Script_ProducesExactlyTheExpectedDiagnostics(string name)
    {
        var path = Path.Combine(Folder, name);
        var source = SourceText.From(File.ReadAllText(path), name);
        var actual = DiagnosticFormatter.FormatText(ScriptCompiler.Compile(source).Diagnostics);
        var expected = File.ReadAllText(Path.ChangeExtension(path, ".expected.txt"));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ThereAreAtLeastFortyCases_EachWithADiagnostic()
    {
        var cases = Directory.GetFiles(Folder, "*.das");
        Assert.True(cases.Length >= 40, $"{cases.Length} cases");
        Assert.All(cases, c => Assert.NotEqual("", File.ReadAllText(Path.ChangeExtension(c, ".expected.txt"))));
    }
}
