using System.Text.RegularExpressions;

namespace AnonGateway.Tests.Dump;

/// <summary>One element of a dump (ours or dcmdump's) reduced to what both print: where it sits (the sequence and
/// item path), tag, VR and value text.</summary>
internal sealed record DumpLine(string Path, string Tag, string VR, string Value)
{
    private static readonly Regex s_line = new(@"^(?<indent> *)\((?<g>[0-9a-fA-F]{4}),(?<e>[0-9a-fA-F]{4})\) (?<vr>\S\S) (?<value>.*?) *# *(?<len>\S+), *(?<vm>\d+)(?: .*)?$", RegexOptions.CultureInvariant);

    /// <summary>Parses a whole dump. Section headers ("#" lines) switch between meta group and data set; lines that are
    /// not elements continue the previous value (text values with line breaks).</summary>
    public static List<DumpLine> Parse(string text, Func<string, string?> section)
    {
        var lines = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var l = raw.TrimEnd('\r');
            if (l.StartsWith('#') && section(l) is not null) { lines.Add(l); continue; }
            if (l.TrimStart().StartsWith('#')) continue; // comments such as dcmdump's "#  offset=$396"
            if (s_line.IsMatch(l) || lines.Count == 0) lines.Add(l);
            else lines[^1] += "\n" + l;
        }

        var result = new List<DumpLine>();
        string part = "ds";
        var prefix = new List<string> { "" };
        var lastAtDepth = new Dictionary<int, string>();
        var counters = new Dictionary<string, int>();
        foreach (var l in lines)
        {
            if (l.StartsWith('#'))
            {
                if (section(l) is { } p) { part = p; prefix = [""]; lastAtDepth.Clear(); counters.Clear(); }
                continue;
            }
            var m = s_line.Match(l);
            if (!m.Success) continue;
            int depth = m.Groups["indent"].Length / 2;
            var tag = (m.Groups["g"].Value + "," + m.Groups["e"].Value).ToLowerInvariant();
            var vr = m.Groups["vr"].Value;
            var value = m.Groups["value"].Value;
            if (tag is "fffe,e00d" or "fffe,e0dd") continue;
            while (prefix.Count <= depth) prefix.Add(prefix[^1]);
            if (tag == "fffe,e000")
            {
                if (!lastAtDepth.TryGetValue(depth - 1, out var parent)) parent = "?";
                int index = counters.TryGetValue(parent, out var c) ? c : 0;
                counters[parent] = index + 1;
                if (vr == "pi")
                {
                    result.Add(new DumpLine($"{part}:{parent}", $"fragment{index}", "pi", value));
                }
                else
                {
                    if (prefix.Count <= depth + 1) prefix.Add("");
                    prefix[depth + 1] = $"{parent}[{index}]/";
                }
                continue;
            }
            var key = prefix[depth] + tag;
            lastAtDepth[depth] = key;
            result.Add(new DumpLine($"{part}:{prefix[depth]}", tag, vr, value));
        }
        return result;
    }
}
