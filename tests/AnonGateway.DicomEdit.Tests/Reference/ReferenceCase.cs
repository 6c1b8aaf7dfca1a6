using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.Reference;

/// <summary>One recorded DicomEdit 6 case of ../shared/testdata/dicomedit-reference (read in place, never copied).</summary>
internal sealed class ReferenceCase
{
    private ReferenceCase(string name, string folder)
    {
        Name = name;
        Folder = folder;
        Scripts = new[] { "script.das", "script2.das" }.Select(s => Path.Combine(folder, s)).Where(File.Exists).ToList();
        var vars = Path.Combine(folder, "vars");
        Variables = File.Exists(vars)
            ? File.ReadAllLines(vars).Where(l => l.Contains('=', StringComparison.Ordinal))
                .ToDictionary(l => l[..l.IndexOf('=', StringComparison.Ordinal)].Trim(), l => l[(l.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        Outcomes = File.ReadAllLines(Path.Combine(folder, "outcome")).Where(l => l.Trim().Length > 0)
            .Select(l => l.Split(' ', 2, StringSplitOptions.TrimEntries)).Select(p => (p[0], p[1])).ToList();
    }

    public string Name { get; }
    public string Folder { get; }
    public IReadOnlyList<string> Scripts { get; }
    public IReadOnlyDictionary<string, string> Variables { get; }

    /// <summary>(input name without .dcm, written|rejected|fails) per input.</summary>
    public IReadOnlyList<(string Input, string Outcome)> Outcomes { get; }

    public string InputPath(string input) => Path.Combine(Folder, "in", input + ".dcm");
    public string ExpectedPath(string input) => Path.Combine(Folder, "expected", input + ".dcm");

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(TestPaths.DicomEditReference).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static ReferenceCase Load(string name) => new(name, Path.Combine(TestPaths.DicomEditReference, name));
}
