using System.Text;
using System.Text.Json;

namespace AnonGateway.Dicom.Generator;

/// <summary>Writes <c>ConfidentialityProfile.g.cs</c> from confidentiality_profile_attributes.json (PS3.15 Table E.1-1).</summary>
public static class ConfidentialityProfileWriter
{
    public const string OutputPath = "src/AnonGateway.Dicom/Dictionary/Generated/ConfidentialityProfile.g.cs";

    /// <summary>The row for all private attributes, which is not a tag pattern.</summary>
    public const string PrivateAttributesTag = "(GGGG,EEEE) WHERE GGGG IS ODD";

    // The option columns in the order of the record's constructor (and of Table E.1-1).
    private static readonly string[] s_optionColumns =
    [
        "rtnSafePrivOpt", "rtnUIDsOpt", "rtnDevIdOpt", "rtnInstIdOpt", "rtnPatCharsOpt",
        "rtnLongFullDatesOpt", "rtnLongModifDatesOpt", "cleanDescOpt", "cleanStructContOpt", "cleanGraphOpt",
    ];

    private static readonly HashSet<string> s_known = new(StringComparer.Ordinal)
    {
        "name", "tag", "id", "stdCompIOD", "basicProfile",
        "rtnSafePrivOpt", "rtnUIDsOpt", "rtnDevIdOpt", "rtnInstIdOpt", "rtnPatCharsOpt",
        "rtnLongFullDatesOpt", "rtnLongModifDatesOpt", "cleanDescOpt", "cleanStructContOpt", "cleanGraphOpt",
    };

    public static GeneratedFile Write(string jsonPath)
    {
        var rows = new List<(uint Value, uint Mask, string Line)>();
        using (var stream = File.OpenRead(jsonPath))
        using (var document = JsonDocument.Parse(stream))
        {
            foreach (var item in document.RootElement.EnumerateArray())
            {
                foreach (var property in item.EnumerateObject())
                    if (!s_known.Contains(property.Name)) throw new FormatException($"{jsonPath}: unknown column '{property.Name}'");
                string? Field(string name) =>
                    item.TryGetProperty(name, out var v) && v.GetString() is { } s && s.Trim().Length > 0 ? s.Trim() : null;
                var tagText = Field("tag") ?? throw new FormatException($"{jsonPath}: a row without tag");
                // Private attributes: any odd group; the runtime also requires the group to be private (not 0001-0007, FFFF).
                var pattern = tagText == PrivateAttributesTag ? new TagPattern(0x00010000, 0x00010000) : TagPattern.Parse(tagText);
                var line = new StringBuilder("        new(");
                line.Append(CSharpSource.Literal(tagText)).Append(", new DicomTag(").Append(CSharpSource.Hex8(pattern.Value))
                    .Append("), ").Append(CSharpSource.Hex8(pattern.Mask)).Append(", ")
                    .Append(CSharpSource.Literal(Field("name") ?? throw new FormatException($"{jsonPath}: {tagText} has no name"))).Append(", ")
                    .Append(CSharpSource.Literal(Field("stdCompIOD") switch
                    {
                        "Y" => true,
                        "N" => false,
                        var other => throw new FormatException($"{jsonPath}: {tagText}: stdCompIOD '{other}'"),
                    })).Append(", ")
                    .Append(CSharpSource.Literal(Field("basicProfile") ?? throw new FormatException($"{jsonPath}: {tagText} has no basic profile action")));
                foreach (var column in s_optionColumns) line.Append(", ").Append(CSharpSource.Literal(Field(column)));
                line.Append("),\n");
                rows.Add((pattern.Value, pattern.Mask, line.ToString()));
            }
        }
        rows.Sort((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : b.Mask.CompareTo(a.Mask));

        var sb = new StringBuilder();
        sb.Append(CSharpSource.Header).Append('\n');
        sb.Append("namespace AnonGateway.Dicom.Dictionary;\n\n");
        sb.Append("public sealed partial record ConfidentialityProfile\n{\n");
        sb.Append("    // TagPattern, Tag, Mask, Name, InStandardCompositeIod, BasicProfile, then the option columns of Table E.1-1:\n");
        sb.Append("    // safe private, UIDs, device identity, institution identity, patient characteristics, full dates, modified dates,\n");
        sb.Append("    // descriptors, structured content, graphics.\n");
        sb.Append("    private static partial ConfidentialityProfile[] CreateRows() =>\n    [\n");
        foreach (var row in rows) sb.Append(row.Line);
        sb.Append("    ];\n}\n");
        return new GeneratedFile(OutputPath, sb.ToString());
    }
}
