using System.Text.RegularExpressions;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Text;

/// <summary>Every file of corpus/charset: each value of a VR that uses the Specific Character Set decodes to the text
/// dcmtk prints (<c>dcmdump +U8</c>), and encodes back to its original bytes.</summary>
/// <remarks>Debian's dcmtk converts through iconv, which knows neither ISO 2022 IR 87 nor IR 159 under dcmtk's names:
/// for the files that use them, the non-ASCII values are checked against their known text (the Clunie samples of
/// PS3.5 Annex H and pydicom's documentation of the INFINITT samples), the ASCII ones against plain dcmdump.</remarks>
public sealed partial class CharsetCorpusTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    private const string H32Name = "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう";

    // file -> element path -> text, for values dcmdump cannot convert.
    private static readonly Dictionary<string, Dictionary<string, string>> s_knownText = new()
    {
        ["chrH31.dcm"] = new() { ["(0010,0010)"] = "Yamada^Tarou=山田^太郎=やまだ^たろう" },
        ["chrH32.dcm"] = new() { ["(0010,0010)"] = H32Name },
        ["chrJapMulti.dcm"] = JapMulti(),
        ["chrJapMultiExplicitIR6.dcm"] = JapMulti(),
        ["chrSQEncoding.dcm"] = new() { ["(0032,1064)/(0010,0010)"] = H32Name },
        ["chrSQEncoding1.dcm"] = new() { ["(0032,1064)/(0010,0010)"] = H32Name },
    };

    // Files whose writers chose escape sequences other than the standard's examples, everything else being byte for
    // byte: chrKoreanMulti (INFINITT) puts ESC ( B after a G1 run, G0 being ASCII all along; chrSQEncoding* (pydicom)
    // return G0 to ASCII (ESC ( B) before a delimiter where value 1, ISO 2022 IR 13, means JIS X 0201 Romaji
    // (ESC ( J, as chrH32 and PS3.5 Annex H do).
    private static readonly string[] s_otherEscapeConventions = ["chrKoreanMulti.dcm", "chrSQEncoding.dcm", "chrSQEncoding1.dcm"];

    // The file whose (0008,0005) is present but empty has no value that uses a character set.
    private const string EmptyCharsetFile = "empty_charset_LEI.dcm";

    public static TheoryData<string> CharsetFiles() => new(FileNames());

    private static string[] FileNames() =>
        [.. Directory.GetFiles(Path.Combine(TestPaths.Corpus, "charset"), "*.dcm").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Fact]
    public void The_corpus_has_every_kind_of_charset_file()
    {
        var files = FileNames();
        Assert.True(files.Length >= 20, $"only {files.Length} charset files");
        foreach (var known in s_knownText.Keys) Assert.Contains(known, files);
    }

    [Theory]
    [MemberData(nameof(CharsetFiles))]
    public async Task Decodes_as_dcmdump_prints(string fileName)
    {
        var path = Path.Combine(TestPaths.Corpus, "charset", fileName);
        var dataset = DicomFile.Open(path).Dataset;
        var ours = Values(dataset);
        if (fileName == EmptyCharsetFile)
        {
            Assert.Same(SpecificCharacterSet.Default, dataset.CharacterSet);
            Assert.True(dataset.Contains(DicomTag.SpecificCharacterSet));
        }
        else
        {
            Assert.NotEmpty(ours);
        }

        var utf8 = await ExternalTool.RunAsync("dcmdump", ["+U8", "+L", "-q", path], s_timeout);
        bool converted = utf8.ExitCode == 0 && !utf8.StdErr.Contains("F: ", StringComparison.Ordinal);
        var known = s_knownText.GetValueOrDefault(fileName);
        if (known is null) Assert.True(converted, $"dcmdump +U8 failed on {fileName}: {utf8.StdErr}");
        var printed = DumpValues(converted ? utf8.StdOut : (await ExternalTool.RunAsync("dcmdump", ["+L", "-q", path], s_timeout)).StdOut);
        Assert.Equal(printed.Select(p => p.Path), ours.Select(o => o.Path));

        for (int i = 0; i < ours.Count; i++)
        {
            var (elementPath, text, raw) = ours[i];
            if (known?.TryGetValue(elementPath, out var expected) == true)
            {
                Assert.Equal(expected, text);
                if (converted) Assert.Equal(printed[i].Text, text);
            }
            else
            {
                // Without conversion dcmdump prints raw bytes: only plain ASCII values can be compared with it.
                Assert.True(converted || raw.All(b => b is >= 0x20 and < 0x7F), $"{fileName} {elementPath}: no known text for a non-ASCII value");
                Assert.Equal(printed[i].Text, text);
            }
        }
        if (known is not null) Assert.All(known.Keys, k => Assert.Contains(k, ours.Select(o => o.Path)));
    }

    [Theory]
    [MemberData(nameof(CharsetFiles))]
    public void Encodes_each_decoded_value_back_to_its_bytes(string fileName)
    {
        var dataset = DicomFile.Open(Path.Combine(TestPaths.Corpus, "charset", fileName)).Dataset;
        bool otherConvention = false;
        int checkedValues = 0;
        foreach (var (ds, element) in Elements(dataset))
        {
            var text = ds.GetString(element.Tag)!;
            var cs = ds.CharacterSet;
            var original = TrimPadding(element.Value.Memory.ToArray());
            Assert.True(cs.TryEncode(text, element.VR, out var encoded), $"{fileName} {element.Tag}: cannot encode '{text}' in {cs}");
            var expected = WithStandardG0Escapes(original, cs, element.VR);
            otherConvention |= !expected.AsSpan().SequenceEqual(original);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(encoded));

            // And through the data set, which pads to even length with a space as the originals do.
            var padded = DicomDataset.EncodeValue(element.VR, text, cs);
            Assert.Equal(Convert.ToHexString(expected), Convert.ToHexString(TrimPadding(padded)));
            Assert.Equal(0, padded.Length % 2);
            checkedValues++;
        }
        Assert.Equal(fileName != EmptyCharsetFile, checkedValues > 0);
        Assert.Equal(s_otherEscapeConventions.Contains(fileName), otherConvention);
    }

    private static Dictionary<string, string> JapMulti() => new()
    {
        ["(0010,0010)"] = "やまだ^たろう",
        ["(0010,1001)"] = "やまだ^たろう\\やまだ^たろう",
        ["(0010,21b0)"] = "たろう",
    };

    private static List<(string Path, string Text, byte[] Raw)> Values(DicomDataset dataset) =>
        [.. Elements(dataset).Select(x => (PathOf(x.Dataset, x.Element.Tag), x.Dataset.GetString(x.Element.Tag)!, x.Element.Value.Memory.ToArray()))];

    // Depth-first, in data set order (as dcmdump prints), the elements whose VR uses the character set.
    private static IEnumerable<(DicomDataset Dataset, DicomValueElement Element)> Elements(DicomDataset dataset)
    {
        foreach (var element in dataset)
        {
            if (element is DicomValueElement value && value.VR.UsesSpecificCharacterSet()) yield return (dataset, value);
            if (element is DicomSequence sq)
                foreach (var item in sq.Items)
                    foreach (var inner in Elements(item)) yield return inner;
        }
    }

    private static string PathOf(DicomDataset dataset, DicomTag tag)
    {
        var parts = new List<string> { Format(tag) };
        for (var sq = dataset.ParentSequence; sq is not null; sq = sq.Parent?.ParentSequence) parts.Insert(0, Format(sq.Tag));
        return string.Join('/', parts);
    }

    private static string Format(DicomTag tag) => $"({tag.Group:x4},{tag.Element:x4})";

    // "(0010,0010) PN [text]   #  26, 1 PatientName", indented two spaces per level inside items.
    private static List<(string Path, string Text)> DumpValues(string dump)
    {
        var result = new List<(string, string)>();
        var stack = new List<string>();
        bool inDataSet = false;
        foreach (var line in dump.Split('\n'))
        {
            if (line.StartsWith("# Dicom-Data-Set", StringComparison.Ordinal)) { inDataSet = true; continue; }
            var m = DumpLine().Match(line);
            if (!inDataSet || !m.Success) continue;
            int depth = m.Groups["indent"].Length / 2;
            var tag = m.Groups["tag"].Value;
            var vr = m.Groups["vr"].Value;
            if (tag.StartsWith("(fffe,", StringComparison.Ordinal)) continue;
            int level = depth / 2; // an item adds one level of indentation, its elements another
            while (stack.Count > level) stack.RemoveAt(stack.Count - 1);
            if (vr == "SQ") { stack.Add(tag); continue; }
            if (DicomVRInfo.Parse(vr).UsesSpecificCharacterSet())
            {
                var rest = m.Groups["rest"].Value;
                string text = rest.StartsWith("(no value available)", StringComparison.Ordinal) ? ""
                    : rest[1..rest.LastIndexOf("] ", StringComparison.Ordinal)];
                result.Add((string.Join('/', [.. stack, tag]), text));
            }
        }
        return result;
    }

    [GeneratedRegex(@"^(?<indent> *)(?<tag>\([0-9a-f]{4},[0-9a-f]{4}\)) (?<vr>[A-Za-z?]{2}) (?<rest>.*)$")]
    private static partial Regex DumpLine();

    private static byte[] TrimPadding(byte[] bytes)
    {
        int n = bytes.Length;
        while (n > 0 && bytes[n - 1] is 0x20 or 0x00) n--;
        return bytes[..n];
    }

    // Rewrites G0 designations to the standard's convention: one that designates the set G0 already holds is
    // dropped, and one just before a delimiter, a control character or the end of the value (where G0 returns to
    // value 1's set anyway) designates value 1's set. Only single-byte G0 sets can stand there.
    private static byte[] WithStandardG0Escapes(byte[] bytes, SpecificCharacterSet cs, DicomVR vr)
    {
        if (!cs.UsesCodeExtensions) return bytes;
        string initial = cs.Terms[0].EndsWith("IR 13", StringComparison.Ordinal) ? "(J" : "(B";
        string g0 = initial;
        var output = new List<byte>(bytes.Length);
        bool IsReset(int at) => at >= bytes.Length || bytes[at] < 0x20 && bytes[at] != 0x1B
            || (vr.IsMultiValueString() && bytes[at] == '\\') || (vr == DicomVR.PN && bytes[at] is (byte)'^' or (byte)'=');
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == 0x1B && i + 2 < bytes.Length)
            {
                int length = bytes[i + 1] == (byte)'$' && bytes[i + 2] is (byte)'(' or (byte)')' ? 4 : 3;
                length = Math.Min(length, bytes.Length - i);
                var designation = System.Text.Encoding.ASCII.GetString(bytes, i + 1, length - 1);
                if (designation[0] == '(' && IsReset(i + length)) designation = initial;
                bool designatesG0 = designation[0] == '(' || designation is "$B" or "$(D";
                if (!(designatesG0 && designation == g0))
                {
                    output.Add(0x1B);
                    output.AddRange(System.Text.Encoding.ASCII.GetBytes(designation));
                    if (designatesG0) g0 = designation;
                }
                i += length - 1;
                continue;
            }
            if (g0[0] == '(' && IsReset(i)) g0 = initial;
            output.Add(b);
        }
        return [.. output];
    }
}
