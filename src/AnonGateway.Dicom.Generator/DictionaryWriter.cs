using System.Globalization;
using System.Text;

namespace AnonGateway.Dicom.Generator;

/// <summary>Writes the data dictionary (<c>StandardDictionary.g.cs</c>) and the keyword constants (<c>DicomTags.g.cs</c>).</summary>
/// <remarks>The dictionary is a pipe-separated table inside one raw string literal, decoded once at startup: a
/// 5,000-element array initializer would be one huge method whose JIT time alone exceeds the startup budget,
/// while a string constant is loaded from metadata and parsed in a couple of milliseconds.</remarks>
public static class DictionaryWriter
{
    public const string DictionaryPath = "src/AnonGateway.Dicom/Dictionary/Generated/StandardDictionary.g.cs";
    public const string TagsPath = "src/AnonGateway.Dicom/Dictionary/Generated/DicomTags.g.cs";

    public static GeneratedFile WriteDictionary(IReadOnlyList<AttributeRow> rows)
    {
        var sb = new StringBuilder();
        sb.Append(CSharpSource.Header).Append('\n');
        sb.Append("namespace AnonGateway.Dicom.Dictionary;\n\n");
        sb.Append("public static partial class DicomDictionary\n{\n");
        sb.Append("    private const int EntryCount = ").Append(rows.Count.ToString(CultureInfo.InvariantCulture)).Append(";\n\n");
        sb.Append("    // One entry per line: tag | mask | VR (the implicit VR default; empty for items) | all VRs the standard allows,\n");
        sb.Append("    // '/'-separated | VM | R when retired | keyword | name.\n");
        sb.Append("    private const string Table = \"\"\"\n");
        foreach (var row in rows)
        {
            var fields = new[]
            {
                row.Tag.Value.ToString("X8", CultureInfo.InvariantCulture),
                row.Tag.Mask.ToString("X8", CultureInfo.InvariantCulture),
                row.VR.Default,
                string.Join('/', row.VR.Alternatives),
                row.Multiplicity,
                row.Retired ? "R" : "",
                row.Keyword,
                row.Name,
            };
            foreach (var f in fields)
                if (f.Contains('|', StringComparison.Ordinal) || f.Contains('\n', StringComparison.Ordinal) || f.Contains('"', StringComparison.Ordinal))
                    throw new FormatException($"tag {row.Tag.Value:X8}: field '{f}' holds a separator or a quote");
            sb.Append("        ").Append(string.Join('|', fields)).Append('\n');
        }
        sb.Append("        \"\"\";\n\n");
        sb.Append("""
                private static partial DictionaryEntry[] CreateEntries()
                {
                    // Plain IndexOf scanning: this runs once, cold, so it avoids APIs whose first use costs JIT time.
                    var entries = new DictionaryEntry[EntryCount];
                    int count = 0;
                    var rest = Table.AsSpan();
                    while (!rest.IsEmpty)
                    {
                        int end = rest.IndexOf('\n');
                        var text = end < 0 ? rest : rest[..end];
                        rest = end < 0 ? [] : rest[(end + 1)..];
                        text = text.TrimEnd('\r');
                        if (text.IsEmpty) continue;
                        if (count == EntryCount) throw new InvalidOperationException("dictionary table holds more than " + EntryCount + " entries");
                        var tag = NextField(ref text);
                        var mask = NextField(ref text);
                        var vr = NextField(ref text);
                        var vrs = NextField(ref text);
                        var vm = NextField(ref text);
                        var retired = NextField(ref text);
                        var keyword = NextField(ref text);
                        var alternatives = new DicomVR[vrs.IsEmpty ? 0 : (vrs.Length + 1) / 3];
                        for (int i = 0; i < alternatives.Length; i++) alternatives[i] = DicomVRInfo.Parse(vrs.Slice(i * 3, 2));
                        entries[count++] = new DictionaryEntry(
                            new DicomTag(Hex(tag)),
                            Hex(mask),
                            DicomVRInfo.Parse(vr),
                            alternatives,
                            vm is "1" ? ValueMultiplicity.One : ValueMultiplicity.Parse(vm),
                            keyword.ToString(),
                            text.ToString(),
                            !retired.IsEmpty);
                    }
                    if (count != EntryCount) throw new InvalidOperationException($"dictionary table holds {count} entries, expected {EntryCount}");
                    return entries;
                }

                // The text up to the next '|', which is consumed; the last field (the name) stays in line.
                private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> line)
                {
                    int bar = line.IndexOf('|');
                    if (bar < 0) throw new InvalidOperationException("malformed dictionary line: " + line.ToString());
                    var field = line[..bar];
                    line = line[(bar + 1)..];
                    return field;
                }

                // Eight upper-case hex digits, as the generator writes them; cheaper at startup than uint.Parse.
                private static uint Hex(ReadOnlySpan<char> digits)
                {
                    uint value = 0;
                    foreach (var c in digits)
                        value = (value << 4) | (uint)(c <= '9' ? c - '0' : c - 'A' + 10);
                    return value;
                }
            }

            """);
        return new GeneratedFile(DictionaryPath, sb.ToString());
    }

    public static GeneratedFile WriteTags(IReadOnlyList<AttributeRow> rows)
    {
        var sb = new StringBuilder();
        sb.Append(CSharpSource.Header).Append('\n');
        sb.Append("namespace AnonGateway.Dicom.Dictionary;\n\n");
        sb.Append("/// <summary>The tag of every PS3.6 element that has a keyword and a single tag (repeating groups such as (60xx,3000) are left out).</summary>\n");
        sb.Append("/// <remarks>Properties rather than static readonly fields: 5,000 fields would need a static constructor that costs\n");
        sb.Append("/// tens of milliseconds to compile and run on first use, while each property is inlined to a constant.</remarks>\n");
        sb.Append("public static partial class DicomTags\n{\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Keywords are unique in PS3.6; should a retired row ever share one with a current row, the current row wins.
        foreach (var row in rows.Where(r => r.Keyword.Length > 0 && !r.Tag.IsRepeating).OrderBy(r => r.Retired))
            if (!seen.Add(row.Keyword) && !row.Retired) throw new FormatException($"keyword {row.Keyword} appears on two current rows");
        seen.Clear();
        foreach (var row in rows)
        {
            if (row.Keyword.Length == 0 || row.Tag.IsRepeating) continue;
            if (row.Retired && rows.Any(r => !r.Retired && r.Keyword == row.Keyword)) continue;
            if (!seen.Add(row.Keyword)) continue;
            if (!row.Keyword.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(row.Keyword[0]))
                throw new FormatException($"keyword '{row.Keyword}' is not a C# identifier");
            var group = (int)(row.Tag.Value >> 16);
            var element = (int)(row.Tag.Value & 0xFFFF);
            var vr = row.VR.Alternatives.Count == 0 ? "no VR" : string.Join(" or ", row.VR.Alternatives);
            sb.Append("    /// <summary>").Append(CultureInfo.InvariantCulture, $"({group:X4},{element:X4}) ").Append(XmlText(row.Name))
              .Append(", ").Append(vr).Append(", VM ").Append(row.Multiplicity).Append(row.Retired ? " (retired)" : "").Append(".</summary>\n");
            sb.Append("    public static DicomTag ").Append(row.Keyword).Append(" => new(")
              .Append(CSharpSource.Hex4(group)).Append(", ").Append(CSharpSource.Hex4(element)).Append(");\n");
        }
        sb.Append("}\n");
        return new GeneratedFile(TagsPath, sb.ToString());
    }

    private static string XmlText(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
