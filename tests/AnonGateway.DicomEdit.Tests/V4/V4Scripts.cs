using System.Globalization;
using System.Text;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;
using AnonGateway.DicomEdit.V4;

namespace AnonGateway.DicomEdit.Tests.V4;

/// <summary>Compiles DicomEdit 4 test scripts and builds and prints small data sets.</summary>
internal static class V4Scripts
{
    public static (CompiledScript? Script, IReadOnlyList<ScriptDiagnostic> Diagnostics) Compile(string text, string file = "test.das")
    {
        var bag = new DiagnosticBag();
        var script = V4Compiler.Compile(SourceText.From(text, file), bag);
        return (script, bag.Items);
    }

    /// <summary>Compiles a script that must have no error.</summary>
    public static CompiledScript CompileClean(string text)
    {
        var (script, diagnostics) = Compile(text);
        var errors = diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, "unexpected errors:\n" + string.Join('\n', errors.Select(Describe)));
        return Assert.IsType<V4CompiledScript>(script);
    }

    /// <summary>Only the error diagnostics, as <c>CODE line:col</c> (1-based).</summary>
    public static string[] ErrorCodes(string text) =>
        [.. Compile(text).Diagnostics.Where(d => d.IsError).Select(d => $"{d.Code} {d.Position}")];

    public static string Describe(ScriptDiagnostic d) => $"{d.Code} {d.Position} {d.Severity}: {d.Message}" + (d.Hint is null ? "" : $" [hint: {d.Hint}]");

    /// <summary>A top-level data set from (tag, VR, value) triples.</summary>
    public static DicomDataset Dataset(params (string Tag, DicomVR VR, string Value)[] elements)
    {
        var ds = new DicomDataset();
        foreach (var (tag, vr, value) in elements) ds.SetString(DicomTag.Parse(tag), vr, value);
        return ds;
    }

    /// <summary>Runs <paramref name="script"/> on <paramref name="dataset"/> and returns what echo printed.</summary>
    public static string Run(CompiledScript script, DicomDataset dataset, IReadOnlyDictionary<string, string>? variables = null)
    {
        var echo = new StringWriter();
        var context = new ScriptContext { Echo = echo, Variables = variables ?? new Dictionary<string, string>() };
        Assert.Equal(ScriptOutcome.Written, script.Apply(dataset, context));
        return echo.ToString();
    }

    /// <summary>One line per top-level element: <c>(gggg,eeee) VR value</c> (sequences as <c>SQ [n items]</c>).</summary>
    public static string Dump(DicomDataset dataset)
    {
        var sb = new StringBuilder();
        foreach (var e in dataset)
        {
            sb.Append(e.Tag).Append(' ').Append(e.VR.Code()).Append(' ');
            sb.Append(e is DicomSequence sq ? $"[{sq.Items.Count.ToString(CultureInfo.InvariantCulture)} items]" : '"' + dataset.GetString(e.Tag) + '"');
            sb.Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>The value of <paramref name="tag"/>, null when absent.</summary>
    public static string? Value(DicomDataset dataset, string tag) => dataset.GetString(DicomTag.Parse(tag));
}
