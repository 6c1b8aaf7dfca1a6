using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.Validate;

/// <summary>Real scripts: the das-samples validate as their README says, and every script the real DicomEdit 6 ran
/// (dicomedit-reference) parses without error.</summary>
public class SampleScriptTests
{
    private static string Samples => Path.Combine(TestPaths.Docs, "das-samples");

    [Fact]
    public void DicomEdit6Lists_ValidatesWithoutError()
    {
        var c = ScriptCompiler.Compile(SourceText.Load(Path.Combine(Samples, "dicom-edit6-test-lists.das")));
        Assert.Equal(DicomEditLanguage.V6, c.Language);
        Assert.DoesNotContain(c.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void DicomEdit6Basic2017_HasExactlyTheKnownVersionError()
    {
        // das-samples/README.md: it declares version "7.0", which no released DicomEdit accepts.
        var c = ScriptCompiler.Compile(SourceText.Load(Path.Combine(Samples, "dicom-edit6-basic-2017.das")));
        var error = Assert.Single(c.Diagnostics, d => d.IsError);
        Assert.Equal("DE0004", error.Code);
        Assert.Contains("7.0", error.Message, StringComparison.Ordinal);
        Assert.Null(c.Script);
    }

    [Fact]
    public void DicomEdit4Basic2011_IsSelectedAsDicomEdit4()
    {
        var c = ScriptCompiler.Compile(SourceText.Load(Path.Combine(Samples, "dicom-edit4-basic-2011.das")));
        Assert.Equal(DicomEditLanguage.V4, c.Language);
        Assert.DoesNotContain(c.Diagnostics, d => d.IsError);
    }

    public static TheoryData<string> ReferenceScripts()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(TestPaths.DicomEditReference, "script*.das", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(TestPaths.DicomEditReference, f));
        return data;
    }

    [Theory]
    [MemberData(nameof(ReferenceScripts))]
    public void ReferenceScript_ParsesWithoutError(string relative)
    {
        var source = SourceText.Load(Path.Combine(TestPaths.DicomEditReference, relative));
        var tree = SyntaxTree.Parse(source);
        Assert.Empty(tree.Diagnostics.Where(d => d.IsError).Select(DiagnosticFormatter.FormatText));
    }

    [Theory]
    [MemberData(nameof(ReferenceScripts))]
    public void ReferenceScript_CompilesUnlessDicomEditFailedEveryObject(string relative)
    {
        var path = Path.Combine(TestPaths.DicomEditReference, relative);
        var compilation = ScriptCompiler.Compile(SourceText.Load(path));
        var outcomes = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "outcome")).Where(l => l.Length > 0).ToList();
        bool everyObjectFailed = outcomes.All(l => l.EndsWith(" fails", StringComparison.Ordinal));
        // A compile error is only right where DicomEdit itself failed every object (e.g. an always-reached call
        // with too few arguments).
        if (!everyObjectFailed)
            Assert.Empty(compilation.Diagnostics.Where(d => d.IsError).Select(DiagnosticFormatter.FormatText));
        Assert.Equal(DicomEditLanguage.V6, compilation.Language);
    }
}
