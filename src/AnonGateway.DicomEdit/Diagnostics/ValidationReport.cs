using System.Text;
using System.Text.Json;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>What <c>anongw validate</c> reports: every script compiled (nothing is run), every diagnostic, counts
/// and the exit code (0 no errors, 1 any error).</summary>
public sealed class ValidationReport
{
    private ValidationReport(IReadOnlyList<ValidatedScript> scripts)
    {
        Scripts = scripts;
        ErrorCount = scripts.Sum(s => s.Compilation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        WarningCount = scripts.Sum(s => s.Compilation.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
    }

    /// <summary>The scripts, in the order given.</summary>
    public IReadOnlyList<ValidatedScript> Scripts { get; }

    public int ErrorCount { get; }

    public int WarningCount { get; }

    /// <summary>0 when no script has an error, else 1.</summary>
    public int ExitCode => ErrorCount > 0 ? 1 : 0;

    /// <summary>Compiles every script.</summary>
    public static ValidationReport Create(IEnumerable<SourceText> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new ValidationReport([.. sources.Select(s => new ValidatedScript(s, ScriptCompiler.Compile(s)))]);
    }

    /// <summary>Every diagnostic in the text format of <see cref="DiagnosticFormatter.FormatText(ScriptDiagnostic)"/>,
    /// script by script.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        foreach (var script in Scripts) sb.Append(DiagnosticFormatter.FormatText(script.Compilation.Diagnostics));
        return sb.ToString();
    }

    /// <summary>One line: "2 errors, 1 warning in 3 scripts".</summary>
    public string Summary =>
        $"{Count(ErrorCount, "error")}, {Count(WarningCount, "warning")} in {Count(Scripts.Count, "script")}";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>The report as JSON for editors and CI:
    /// <c>{"scripts":[{"file","language","version","errors","warnings","diagnostics":[…]}],"errors","warnings"}</c>.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, DiagnosticFormatter.JsonOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("scripts");
            foreach (var script in Scripts)
            {
                var c = script.Compilation;
                w.WriteStartObject();
                w.WriteString("file", script.Source.FilePath);
                w.WriteString("language", c.Language == DicomEditLanguage.V6 ? "DicomEdit 6" : "DicomEdit 4");
                if (c.DeclaredVersion is null) w.WriteNull("version");
                else w.WriteString("version", c.DeclaredVersion);
                w.WriteNumber("errors", c.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
                w.WriteNumber("warnings", c.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
                w.WriteStartArray("diagnostics");
                foreach (var d in c.Diagnostics) DiagnosticFormatter.WriteJson(w, d);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("errors", ErrorCount);
            w.WriteNumber("warnings", WarningCount);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
