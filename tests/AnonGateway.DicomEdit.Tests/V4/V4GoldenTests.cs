using System.Text;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.V4;

/// <summary>Golden cases in <c>V4/Golden/NNN-name.case</c>: a description line, then sections <c>--- variables</c>
/// (name=value), <c>--- input</c> (tag VR value), <c>--- script</c>, and the expectations <c>--- output</c> (the
/// resulting top-level data set), <c>--- echo</c>, <c>--- error</c> (CODE line:col) or <c>--- diagnostics</c>
/// (CODE line:col Severity, every diagnostic, sorted by position).</summary>
public class V4GoldenTests
{
    private static string GoldenFolder => Path.Combine(TestPaths.RepoRoot, "tests", "AnonGateway.DicomEdit.Tests", "V4", "Golden");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(GoldenFolder, "*.case").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void There_are_golden_cases() => Assert.True(Cases().Count >= 9);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden(string name)
    {
        var sections = ReadSections(File.ReadAllText(Path.Combine(GoldenFolder, name)).ReplaceLineEndings("\n"));
        var (script, diagnostics) = V4Scripts.Compile(sections["script"], name);
        if (sections.TryGetValue("diagnostics", out var expectedDiagnostics))
        {
            var actual = diagnostics.OrderBy(d => d.Span.Start).Select(d => $"{d.Code} {d.Position} {d.Severity}");
            Assert.Equal(Lines(expectedDiagnostics), actual);
            return;
        }
        Assert.True(script is not null, string.Join('\n', diagnostics.Select(V4Scripts.Describe)));

        var ds = new DicomDataset();
        foreach (var line in Lines(sections.GetValueOrDefault("input", "")))
        {
            var parts = line.Split(' ', 3);
            ds.SetString(DicomTag.Parse(parts[0]), DicomVRInfo.Parse(parts[1]), parts.Length > 2 ? parts[2] : "");
        }
        var variables = Lines(sections.GetValueOrDefault("variables", "")).Select(l => l.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var echo = new StringWriter();
        var context = new ScriptContext { Variables = variables, Echo = echo };

        if (sections.TryGetValue("error", out var expectedError))
        {
            var ex = Assert.Throws<MizerException>(() => script.Apply(ds, context));
            Assert.Equal(expectedError.Trim(), $"{ex.Code} {ex.Position}");
            Assert.Equal(name, ex.Source.FilePath);
            return;
        }
        Assert.Equal(ScriptOutcome.Written, script.Apply(ds, context));
        Assert.Equal(sections["output"].TrimEnd('\n') + "\n", V4Scripts.Dump(ds));
        if (sections.TryGetValue("echo", out var expectedEcho)) Assert.Equal(expectedEcho.TrimEnd('\n'), echo.ToString());
    }

    private static Dictionary<string, string> ReadSections(string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("--- ", StringComparison.Ordinal))
            {
                if (current is not null) sections[current] = body.ToString();
                current = line[4..].Trim();
                body.Clear();
            }
            else if (current is not null) body.Append(line).Append('\n');
        }
        if (current is not null) sections[current] = body.ToString();
        return sections;
    }

    private static string[] Lines(string section) => [.. section.Split('\n').Where(l => l.Length > 0)];
}
