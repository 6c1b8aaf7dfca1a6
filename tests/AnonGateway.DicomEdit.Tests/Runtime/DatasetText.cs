using System.Text;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.Text;

namespace AnonGateway.DicomEdit.Tests.Runtime;

/// <summary>A small text form of data sets for golden files: one element a line, <c>(gggg,eeee) VR value</c>, two
/// spaces of indent per level, <c>item</c> lines under an SQ. Binary numeric VRs hold their numbers; UN/OB the
/// UTF-8 text of the bytes.</summary>
internal static class DatasetText
{
    /// <summary>Parses the form <see cref="Dump"/> writes: elements at depth d indented 4d, item lines 4d+2.</summary>
    public static DicomDataset Parse(IEnumerable<string> lines)
    {
        var root = new DicomDataset();
        var datasets = new List<DicomDataset> { root };   // datasets[d]: current data set at depth d
        var sequences = new List<DicomSequence?>();        // sequences[d]: last SQ at depth d
        foreach (var raw in lines)
        {
            if (raw.Trim().Length == 0) continue;
            int indent = raw.Length - raw.TrimStart(' ').Length;
            var line = raw.Trim();
            if (line == "item")
            {
                int d = (indent - 2) / 4;
                var sq = d < sequences.Count ? sequences[d] : null;
                if (sq is null) throw new FormatException("item without a sequence: " + raw);
                var item = new DicomDataset();
                sq.Add(item);
                while (datasets.Count <= d + 1) datasets.Add(root);
                datasets[d + 1] = item;
                continue;
            }
            int depth = indent / 4;
            var container = datasets[depth];
            var parts = line.Split(' ', 3);
            var tag = DicomTag.Parse(parts[0]);
            var vr = DicomVRInfo.Parse(parts[1]);
            var value = parts.Length > 2 ? parts[2] : string.Empty;
            if (vr == DicomVR.SQ)
            {
                var sq = new DicomSequence(tag);
                container.Set(sq);
                while (sequences.Count <= depth) sequences.Add(null);
                sequences[depth] = sq;
                continue;
            }
            byte[] bytes = vr is DicomVR.UN or DicomVR.OB
                ? Pad(Encoding.UTF8.GetBytes(value))
                : DicomDataset.EncodeValue(vr, value, SpecificCharacterSet.Default);
            container.Set(new DicomValueElement(tag, vr, bytes));
        }
        return root;
    }

    public static string Dump(DicomDataset ds)
    {
        var sb = new StringBuilder();
        Dump(ds, 0, sb);
        return sb.ToString();
    }

    private static void Dump(DicomDataset ds, int level, StringBuilder sb)
    {
        foreach (var e in ds.Elements)
        {
            sb.Append(' ', level * 4).Append(e.Tag).Append(' ').Append(e.VR.Code());
            if (e is DicomSequence sq)
            {
                sb.Append('\n');
                foreach (var item in sq.Items)
                {
                    sb.Append(' ', level * 4 + 2).Append("item\n");
                    Dump(item, level + 1, sb);
                }
                continue;
            }
            var text = e is DicomValueElement v && (e.VR is DicomVR.UN or DicomVR.OB)
                ? Encoding.UTF8.GetString(v.Value.Memory.Span).TrimEnd('\0')
                : ds.GetString(e.Tag) ?? "";
            if (text.Length > 0) sb.Append(' ').Append(text);
            sb.Append('\n');
        }
    }

    private static byte[] Pad(byte[] b) => (b.Length & 1) == 1 ? [.. b, 0] : b;

}
