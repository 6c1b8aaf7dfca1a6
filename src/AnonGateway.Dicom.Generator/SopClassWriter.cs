using System.Text;
using System.Text.Json;

namespace AnonGateway.Dicom.Generator;

/// <summary>Writes <c>SopClasses.g.cs</c> from sops.json (storage SOP classes) and <c>Data/sop-classes.tsv</c> (the rest).</summary>
public static class SopClassWriter
{
    public const string OutputPath = "src/AnonGateway.Dicom/Uids/Generated/SopClasses.g.cs";

    public static GeneratedFile Write(string sopsJsonPath, string extraTablePath)
    {
        var rows = new List<(string Uid, string Name, string Iod, bool Storage)>();
        using (var stream = File.OpenRead(sopsJsonPath))
        using (var document = JsonDocument.Parse(stream))
        {
            foreach (var item in document.RootElement.EnumerateArray())
            {
                string Field(string name) => (item.GetProperty(name).GetString() ?? string.Empty).Trim();
                rows.Add((Field("id"), Field("name"), Field("ciod"), true));
            }
        }
        foreach (var r in TabSeparatedFile.Read(extraTablePath, "uid", "name", "iod", "storage"))
            rows.Add((r[0], r[1], r[2], TabSeparatedFile.Flag(r[3], extraTablePath, "storage")));
        rows.Sort((a, b) => UidOrder.Instance.Compare(a.Uid, b.Uid));
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Uid.Length == 0 || !rows[i].Uid.All(c => c == '.' || char.IsAsciiDigit(c)))
                throw new FormatException($"SOP class UID '{rows[i].Uid}' is not a UID");
            if (i > 0 && rows[i].Uid == rows[i - 1].Uid) throw new FormatException($"SOP class {rows[i].Uid} appears twice");
        }

        var sb = new StringBuilder();
        sb.Append(CSharpSource.Header).Append('\n');
        sb.Append("namespace AnonGateway.Dicom.Uids;\n\n");
        sb.Append("public sealed partial record SopClass\n{\n");
        sb.Append("    private static partial SopClass[] CreateAll() =>\n    [\n");
        foreach (var (uid, name, iod, storage) in rows)
            sb.Append("        new(").Append(CSharpSource.Literal(uid)).Append(", ").Append(CSharpSource.Literal(name)).Append(", ")
              .Append(CSharpSource.Literal(iod)).Append(", IsStorage: ").Append(CSharpSource.Literal(storage)).Append("),\n");
        sb.Append("    ];\n}\n");
        return new GeneratedFile(OutputPath, sb.ToString());
    }
}
