using System.Text.Json;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Validate;

public class ValidationReportTests
{
    private static readonly SourceText Good = SourceText.From("version \"6.6\"\n(0010,0010) := \"ANON\"\n", "good.das");
    private static readonly SourceText Warn = SourceText.From("version \"6.6\"\n-(0008,0018)\n", "warn.das");
    private static readonly SourceText Bad = SourceText.From("version \"6.6\"\n(0010,0010) = \"ANON\"\n", "bad.das");

    [Fact]
    public void CleanScripts_ExitZero_AndPrintNothing()
    {
        var r = ValidationReport.Create([Good]);
        Assert.Equal((0, 0, 0), (r.ExitCode, r.ErrorCount, r.WarningCount));
        Assert.Equal("", r.ToText());
        Assert.Equal("0 errors, 0 warnings in 1 script", r.Summary);
    }

    [Fact]
    public void WarningsOnly_ExitZero()
    {
        var r = ValidationReport.Create([Good, Warn]);
        Assert.Equal((0, 1), (r.ExitCode, r.WarningCount));
        Assert.StartsWith("warn.das:2:2: warning DE3006: ", r.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnyError_ExitsOne_AndListsEveryScriptsDiagnostics()
    {
        var r = ValidationReport.Create([Bad, Warn]);
        Assert.Equal(1, r.ExitCode);
        var text = r.ToText();
        Assert.True(text.IndexOf("bad.das:2:13: error DE2002", StringComparison.Ordinal) < text.IndexOf("warn.das:2:2", StringComparison.Ordinal));
        Assert.Equal("1 error, 1 warning in 2 scripts", r.Summary);
    }

    [Fact]
    public void Json_DescribesEveryScript()
    {
        using var doc = JsonDocument.Parse(ValidationReport.Create([Good, Bad]).ToJson());
        var scripts = doc.RootElement.GetProperty("scripts");
        Assert.Equal(2, scripts.GetArrayLength());
        Assert.Equal("DicomEdit 6", scripts[0].GetProperty("language").GetString());
        Assert.Equal("6.6", scripts[0].GetProperty("version").GetString());
        Assert.Equal("DE2002", scripts[1].GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal(1, doc.RootElement.GetProperty("errors").GetInt32());
    }
}
