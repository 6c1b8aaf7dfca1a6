using System.Globalization;
using System.Text;
using AnonGateway.Commands;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.TestSupport;
using Xunit.Abstractions;

namespace AnonGateway.Tests.Dump;

/// <summary>For every well-formed corpus file, the elements <c>anongw dump --full</c> shows — (sequence/item path, tag)
/// → (VR, value) — equal dcmdump's (<c>dcmdump -q -Un +L +U8</c>) after these documented normalizations:
/// <list type="bullet">
/// <item>"??" and "UN" are one VR (DCMTK prints "??" for unknown elements read in implicit VR, where our model says UN).</item>
/// <item>DCMTK's internal VRs: "up" is UL; "xs", "ox", "lt" (an unresolved "US or SS", "OB or OW"…) match any VR the
/// dictionary allows for the tag.</item>
/// <item>Private data elements that one side could not type (UN) while the other typed them from a private
/// dictionary: only their presence is compared.</item>
/// <item>"(no value available)" and "(no value)" are the empty value; sequence and encapsulated headers compare as
/// markers; FL/OF/FD/OD values compare as numbers (DCMTK prints fewer digits and no sign on zero).</item>
/// <item>DCMTK pads odd-length binary values with a 00 byte when it loads them; we show them as they came.</item>
/// <item>+U8 rewrites Specific Character Set (0008,0005) to ISO_IR 192: its value is not compared in that mode.
/// A value dcmdump could not convert (U+FFFD in its output) is not compared.</item>
/// <item>Files where dcmdump +U8 fails (ISO 2022 IR 87 and others Debian's iconv lacks): the values of strings that
/// use the character set are not compared (only tags and VRs).</item>
/// </list></summary>
public sealed class DcmdumpComparisonTests(ITestOutputHelper output)
{
    public static TheoryData<string> WellFormedFiles() => [.. TestPaths.WellFormedCorpusFiles()];

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public async Task Dump_WellFormedFile_ShowsTheSameElementsAsDcmdump(string relative)
    {
        var path = Path.Combine(TestPaths.Corpus, relative);
        var theirs = await ExternalTool.RunAsync("dcmdump", ["-q", "-Un", "+L", "+U8", path], TimeSpan.FromMinutes(2));
        bool utf8 = true;
        if (theirs.ExitCode != 0)
        {
            theirs = await ExternalTool.RunAsync("dcmdump", ["-q", "-Un", "+L", path], TimeSpan.FromMinutes(2));
            utf8 = false;
        }
        Assert.Equal(0, theirs.ExitCode);

        using var ours = new StringWriter(CultureInfo.InvariantCulture);
        using var errors = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Equal(0, DumpCommand.Run([path], full: true, saveAs: null, quiet: false, ours, errors));
        Assert.Equal("", errors.ToString());

        var expected = Index(DumpLine.Parse(theirs.StdOut, l => l.StartsWith("# Dicom-Meta-Information-Header", StringComparison.Ordinal) ? "meta" : l.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal) ? "ds" : null));
        var actual = Index(DumpLine.Parse(ours.ToString(), l => l.StartsWith("# File Meta Information", StringComparison.Ordinal) ? "meta" : l.StartsWith("# Data set", StringComparison.Ordinal) ? "ds" : null));
        Assert.NotEmpty(expected);

        var problems = new List<string>();
        // +U8 adds or rewrites (0008,0005) as ISO_IR 192.
        if (utf8) foreach (var key in expected.Keys.Where(k => k.EndsWith("0008,0005", StringComparison.Ordinal)).ToList()) { expected.Remove(key); actual.Remove(key); }
        foreach (var key in expected.Keys.Except(actual.Keys)) problems.Add($"dcmdump only: {key} {expected[key].VR} {Cut(expected[key].Value)}");
        foreach (var key in actual.Keys.Except(expected.Keys)) problems.Add($"ours only:    {key} {actual[key].VR} {Cut(actual[key].Value)}");
        foreach (var key in expected.Keys.Intersect(actual.Keys))
        {
            var t = expected[key];
            var o = actual[key];
            var tag = ParseTag(t.Tag);
            if (!SameVR(tag, t.VR, o.VR)) { problems.Add($"VR of {key}: dcmdump {t.VR}, ours {o.VR}"); continue; }
            if (tag is { } tg && tg.IsPrivate && tg.Element >= 0x1000 && (Unknown(t.VR) != Unknown(o.VR))) continue; // typed by one side only
            var vr = Unknown(o.VR) ? "UN" : o.VR;
            if (t.Value.Contains('\uFFFD', StringComparison.Ordinal)) continue;
            if (!utf8 && DicomVRInfo.Parse(vr).UsesSpecificCharacterSet()) continue;
            var tv = NormalizeValue(vr, t.Value, dcmtk: true);
            var ov = NormalizeValue(vr, o.Value, dcmtk: false);
            if (tv != ov) problems.Add($"value of {key} {vr}: dcmdump [{Cut(tv)}], ours [{Cut(ov)}]");
        }
        if (problems.Count > 0)
        {
            var text = string.Join('\n', problems.Take(20));
            output.WriteLine(text);
            Assert.Fail($"{problems.Count} difference(s) from dcmdump:\n{text}");
        }
    }

    private static Dictionary<string, DumpLine> Index(List<DumpLine> lines)
    {
        var map = new Dictionary<string, DumpLine>(StringComparer.Ordinal);
        foreach (var l in lines) map.TryAdd(l.Path + l.Tag, l);
        return map;
    }

    private static string Cut(string s) => s.Length > 120 ? s[..120] + "..." : s;

    private static DicomTag? ParseTag(string tag) => DicomTag.TryParse(tag, out var t) ? t : null;

    private static bool Unknown(string vr) => vr is "??" or "UN";

    private static bool SameVR(DicomTag? tag, string dcmtk, string ours)
    {
        if (dcmtk == ours || (Unknown(dcmtk) && Unknown(ours))) return true;
        if (dcmtk == "up") return ours == "UL";
        if (tag is { } t && t.IsPrivate && t.Element >= 0x1000 && (Unknown(dcmtk) || Unknown(ours))) return true;
        if (dcmtk is "xs" or "ox" or "lt" or "px" && tag is { } t2 && DicomDictionary.Lookup(t2) is { } entry)
            return entry.AlternativeVRs.Contains(DicomVRInfo.Parse(ours));
        return false;
    }

    private static string NormalizeValue(string vr, string value, bool dcmtk)
    {
        if (value is "(no value available)" or "(no value)") return "";
        if (vr == "SQ" && value.StartsWith('(')) return "<sequence>";
        if (value.StartsWith("(PixelSequence", StringComparison.Ordinal) || value.StartsWith("(Encapsulated", StringComparison.Ordinal)) return "<encapsulated>";
        if (value.StartsWith('[') && value.EndsWith(']')) return value[1..^1].TrimEnd(' ', '\0');
        var inv = CultureInfo.InvariantCulture;
        if (vr is "FL" or "OF") return Numbers(value, s => Zero(float.Parse(s, inv)).ToString("R", inv));
        if (vr is "FD" or "OD") return Numbers(value, s => Zero(double.Parse(s, inv)).ToString("G15", inv));
        if (!dcmtk && vr is "OB" or "UN" && value.Length > 0 && value.Split('\\').Length % 2 == 1 && !value.EndsWith("...", StringComparison.Ordinal))
            return value + "\\00"; // DCMTK's in-memory padding of an odd length
        return value;
    }

    private static float Zero(float f) => f == 0 ? 0f : f;

    private static double Zero(double d) => d == 0 ? 0d : d;

    private static string Numbers(string value, Func<string, string> canonical) =>
        string.Join('\\', value.Split('\\').Select(s => s.Length == 0 ? s : canonical(s)));
}
