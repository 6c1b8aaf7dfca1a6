using System.Text;
using AnonGateway.Dicom.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Text;

/// <summary>The code tables against glibc's iconv, which dcmtk converts with: every cell of every set.</summary>
public sealed class GraphicCharacterSetTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string, string, string> SingleByteSets => new()
    {
        // registration, iconv name, cells where we knowingly differ (hex byte = our char)
        { "ISO-IR 100", "ISO-8859-1", "" },
        { "ISO-IR 101", "ISO-8859-2", "" },
        { "ISO-IR 109", "ISO-8859-3", "" },
        { "ISO-IR 110", "ISO-8859-4", "" },
        { "ISO-IR 144", "ISO-8859-5", "" },
        { "ISO-IR 127", "ISO-8859-6", "" },
        { "ISO-IR 126", "ISO-8859-7", "" },
        { "ISO-IR 138", "ISO-8859-8", "" },
        { "ISO-IR 148", "ISO-8859-9", "" },
        { "ISO-IR 203", "ISO-8859-15", "" },
        // ISO 8859-11 (and code page 874) have NO-BREAK SPACE at 0xA0; TIS 620 leaves it empty.
        { "ISO-IR 166", "TIS-620", "A0" },
    };

    [Theory]
    [MemberData(nameof(SingleByteSets))]
    public async Task Single_byte_set_matches_iconv(string registration, string iconvName, string knownDifferences)
    {
        var set = Sets().Single(s => s.Registration == registration);
        var cells = Enumerable.Range(0xA0, 96).Select(b => new[] { (byte)b }).ToList();
        var theirs = await IconvAsync(iconvName, cells);
        var differences = new List<string>();
        for (int i = 0; i < cells.Count; i++)
        {
            var ours = set.Decode((0xA0 + i) & 0x7F);
            if (ours?.ToString() != theirs[i]) differences.Add($"{0xA0 + i:X2}");
        }
        Assert.Equal(knownDifferences, string.Join(' ', differences));
    }

    [Theory]
    [InlineData("ISO-IR 87", "EUC-JP", "", 6879)]
    [InlineData("ISO-IR 159", "EUC-JP", "\u008F", 6067)]
    [InlineData("ISO-IR 149", "EUC-KR", "", 8227)]
    [InlineData("ISO-IR 58", "GB2312", "", 7445)]
    public async Task Double_byte_set_agrees_with_iconv_on_every_cell_iconv_has(string registration, string iconvName, string prefix, int atLeast)
    {
        var set = Sets().Single(s => s.Registration == registration);
        var cells = new List<byte[]>();
        for (int first = 0x21; first <= 0x7E; first++)
            for (int second = 0x21; second <= 0x7E; second++)
                cells.Add([.. prefix.Select(c => (byte)c), (byte)(first | 0x80), (byte)(second | 0x80)]);
        var theirs = await IconvAsync(iconvName, cells);
        int agreed = 0;
        var differences = new List<string>();
        for (int i = 0; i < cells.Count; i++)
        {
            int code = ((0x21 + i / 94) << 8) | (0x21 + i % 94);
            var ours = set.Decode(code)?.ToString();
            if (ours is not null && ours == theirs[i]) agreed++;
            else if (ours is not null && theirs[i] is not null) differences.Add($"{code:X4}:{ours}/{theirs[i]}");
        }
        // No cell decodes to another character than iconv's; we have at least the cells of the standard set.
        Assert.True(differences.Count == 0, $"{differences.Count} differ: {string.Join(" ", differences.Take(12))}");
        Assert.True(agreed >= atLeast, $"{registration}: {agreed} cells agree, expected at least {atLeast}");
        // Every character we decode encodes back to its own cell.
        for (int i = 0; i < cells.Count; i++)
        {
            int code = ((0x21 + i / 94) << 8) | (0x21 + i % 94);
            if (set.Decode(code) is char c && c >= '\u0080' && set.TryEncode(c, out int back))
                Assert.Equal(c, set.Decode(back));
        }
    }

    private static IEnumerable<GraphicCharacterSet> Sets() =>
    [
        GraphicCharacterSet.Latin1, GraphicCharacterSet.Latin2, GraphicCharacterSet.Latin3, GraphicCharacterSet.Latin4,
        GraphicCharacterSet.Cyrillic, GraphicCharacterSet.Arabic, GraphicCharacterSet.Greek, GraphicCharacterSet.Hebrew,
        GraphicCharacterSet.Latin5, GraphicCharacterSet.Latin9, GraphicCharacterSet.Thai, GraphicCharacterSet.JisX0208,
        GraphicCharacterSet.JisX0212, GraphicCharacterSet.KsX1001, GraphicCharacterSet.Gb2312,
    ];

    // One line per cell, "index:" then the cell; iconv -c drops what it cannot convert, leaving the line empty.
    private static async Task<string?[]> IconvAsync(string from, List<byte[]> cells)
    {
        using var dir = new TempDirectory("h3-iconv");
        var input = dir.Combine("cells.bin");
        var bytes = new List<byte>();
        for (int i = 0; i < cells.Count; i++)
        {
            bytes.AddRange(Encoding.ASCII.GetBytes($"{i}:"));
            bytes.AddRange(cells[i]);
            bytes.Add((byte)'\n');
        }
        await File.WriteAllBytesAsync(input, [.. bytes]);
        var result = await ExternalTool.RunAsync("iconv", ["-c", "-f", from, "-t", "UTF-8", input], s_timeout);
        var answer = new string?[cells.Count];
        foreach (var line in result.StdOut.Split('\n'))
        {
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) continue;
            var text = line[(colon + 1)..];
            answer[int.Parse(line[..colon], System.Globalization.CultureInfo.InvariantCulture)] = text.Length == 0 ? null : text;
        }
        return answer;
    }
}
