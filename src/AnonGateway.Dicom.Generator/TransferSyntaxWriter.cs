using System.Text;

namespace AnonGateway.Dicom.Generator;

/// <summary>Writes <c>KnownTransferSyntaxes.g.cs</c> from <c>Data/transfer-syntaxes.tsv</c> (PS3.6 Table A-1).</summary>
public static class TransferSyntaxWriter
{
    public const string OutputPath = "src/AnonGateway.Dicom/TransferSyntaxes/Generated/KnownTransferSyntaxes.g.cs";

    public static GeneratedFile Write(string tablePath)
    {
        var rows = TabSeparatedFile.Read(tablePath, "uid", "name", "explicit", "big-endian", "deflated", "encapsulated", "retired")
            .OrderBy(r => r[0], UidOrder.Instance).ToList();
        for (int i = 1; i < rows.Count; i++)
            if (rows[i][0] == rows[i - 1][0]) throw new FormatException($"{tablePath}: {rows[i][0]} appears twice");
        var sb = new StringBuilder();
        sb.Append(CSharpSource.Header).Append('\n');
        sb.Append("namespace AnonGateway.Dicom.TransferSyntaxes;\n\n");
        sb.Append("public sealed partial record TransferSyntax\n{\n");
        sb.Append("    private static partial IEnumerable<TransferSyntax> CreateKnown() =>\n    [\n");
        foreach (var r in rows)
        {
            bool Flag(int i, string column) => TabSeparatedFile.Flag(r[i], tablePath, column);
            sb.Append("        new(").Append(CSharpSource.Literal(r[0])).Append(", ").Append(CSharpSource.Literal(r[1]))
              .Append(", IsExplicitVR: ").Append(CSharpSource.Literal(Flag(2, "explicit")))
              .Append(", IsBigEndian: ").Append(CSharpSource.Literal(Flag(3, "big-endian")))
              .Append(", IsDeflated: ").Append(CSharpSource.Literal(Flag(4, "deflated")))
              .Append(", IsEncapsulated: ").Append(CSharpSource.Literal(Flag(5, "encapsulated")))
              .Append(", IsRetired: ").Append(CSharpSource.Literal(Flag(6, "retired")))
              .Append(", IsKnown: true),\n");
        }
        sb.Append("    ];\n}\n");
        return new GeneratedFile(OutputPath, sb.ToString());
    }
}
