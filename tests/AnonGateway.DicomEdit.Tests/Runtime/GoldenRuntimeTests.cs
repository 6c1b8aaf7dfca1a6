using System.Text.RegularExpressions;
using AnonGateway.DicomEdit.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.Runtime;

/// <summary>Golden runtime cases (Golden/runtime/NNN-name.golden): an input data set, a script, host variables, and
/// the expected outcome and output data set (or error message pattern). Read from the source tree.</summary>
/// <remarks>Sections: <c># input</c>, <c># script</c>, optional <c># vars</c> (name=value lines), <c># expected</c>
/// (data set), or <c># rejected</c>, or <c># fails</c> followed by a regex for the message.</remarks>
public sealed class GoldenRuntimeTests
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "tests", "AnonGateway.DicomEdit.Tests", "Golden", "runtime");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Folder, "*.golden").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void GoldenFolder_HasCases() => Assert.True(Cases().Count >= 40, "expected at least 40 golden runtime cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Golden(string file)
    {
        var sections = Sections(File.ReadAllLines(Path.Combine(Folder, file)));
        var input = DatasetText.Parse(sections["input"]);
        var script = TestScripts.Compile(SourceText.From(string.Join("\n", sections["script"]) + "\n", file));
        var vars = sections.TryGetValue("vars", out var v)
            ? v.Where(l => l.Contains('=', StringComparison.Ordinal)).ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)], l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        var echo = new StringWriter();
        var context = new ScriptContext { Variables = vars, Echo = echo };
        if (sections.TryGetValue("fails", out var pattern))
        {
            var ex = Assert.Throws<MizerException>(() => script.Apply(input, context));
            Assert.Matches(new Regex(string.Join("\n", pattern).Trim()), ex.Message);
            return;
        }
        var outcome = script.Apply(input, context);
        if (sections.ContainsKey("rejected"))
        {
            Assert.Equal(ScriptOutcome.Rejected, outcome);
            return;
        }
        Assert.Equal(ScriptOutcome.Written, outcome);
        var expected = DatasetText.Dump(DatasetText.Parse(sections["expected"]));
        Assert.Equal(expected, DatasetText.Dump(input));
        if (sections.TryGetValue("echo", out var lines)) Assert.Equal(string.Join("\n", lines).TrimEnd(), echo.ToString().Replace("\r", "", StringComparison.Ordinal).TrimEnd());
    }

    private static Dictionary<string, List<string>> Sections(string[] lines)
    {
        var map = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) && !line.StartsWith("# //", StringComparison.Ordinal) && line.Length > 2 && line[2..].All(char.IsAsciiLetterLower))
            {
                current = [];
                map[line[2..]] = current;
                continue;
            }
            current?.Add(line);
        }
        return map;
    }
}
