using System.Text.Json;

namespace AnonGateway.Dicom.Generator;

/// <summary>One row of the PS3.6 data dictionary as read from attributes.json, already interpreted.</summary>
public sealed record AttributeRow(TagPattern Tag, VRSpecification VR, string Multiplicity, string Keyword, string Name, bool Retired)
{
    /// <summary>Reads and interprets every row of attributes.json, in tag order (value, then the most specific mask first).</summary>
    public static IReadOnlyList<AttributeRow> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var document = JsonDocument.Parse(stream);
        var rows = new List<AttributeRow>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            string Field(string name) => item.GetProperty(name).GetString() ?? string.Empty;
            var tagText = Field("tag");
            try
            {
                var vm = Field("valueMultiplicity").Trim();
                rows.Add(new AttributeRow(
                    TagPattern.Parse(tagText),
                    VRSpecification.Parse(Field("valueRepresentation")),
                    // Three retired rows list no VM; "1-n" says any count is acceptable, which is all we know.
                    vm.Length == 0 ? "1-n" : vm,
                    Field("keyword").Trim(),
                    Field("name").Trim(),
                    Field("retired") switch
                    {
                        "Y" => true,
                        "N" => false,
                        var other => throw new FormatException($"retired is '{other}', expected Y or N"),
                    }));
            }
            catch (FormatException e)
            {
                throw new FormatException($"{path}: row {tagText}: {e.Message}", e);
            }
        }
        rows.Sort((a, b) => a.Tag.Value != b.Tag.Value ? a.Tag.Value.CompareTo(b.Tag.Value) : b.Tag.Mask.CompareTo(a.Tag.Mask));
        for (int i = 1; i < rows.Count; i++)
            if (rows[i].Tag == rows[i - 1].Tag) throw new FormatException($"{path}: tag {rows[i].Tag.Value:X8} appears twice");
        return rows;
    }
}
