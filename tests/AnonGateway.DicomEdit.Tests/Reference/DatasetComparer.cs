using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.DicomEdit.Tests.Reference;

/// <summary>Data set equality as the reference README defines it: the same elements at every depth, the same VR, the
/// same value (strings after trimming DICOM padding, binary byte for byte), the same items; group 0002 and
/// (FFFC,FFFC) are not compared.</summary>
internal static class DatasetComparer
{
    /// <summary>Every difference, as "path: what" lines (empty when equal). Values appear only in test output.</summary>
    public static List<string> Compare(DicomDataset expected, DicomDataset actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "", differences);
        return differences;
    }

    private static bool Ignored(DicomTag t) => t.Group == 0x0002 || t == new DicomTag(0xFFFC, 0xFFFC);

    private static void Compare(DicomDataset expected, DicomDataset actual, string path, List<string> differences)
    {
        var e = expected.Elements.Where(x => !Ignored(x.Tag)).ToList();
        var a = actual.Elements.Where(x => !Ignored(x.Tag)).ToList();
        int i = 0, j = 0;
        while (i < e.Count || j < a.Count)
        {
            if (j >= a.Count || (i < e.Count && e[i].Tag < a[j].Tag))
            {
                differences.Add($"{path}{e[i].Tag}: missing (expected {Describe(expected, e[i])})");
                i++;
                continue;
            }
            if (i >= e.Count || a[j].Tag < e[i].Tag)
            {
                differences.Add($"{path}{a[j].Tag}: unexpected ({Describe(actual, a[j])})");
                j++;
                continue;
            }
            CompareElement(expected, e[i], actual, a[j], path, differences);
            i++;
            j++;
        }
    }

    private static void CompareElement(DicomDataset eds, DicomElement e, DicomDataset ads, DicomElement a, string path, List<string> differences)
    {
        var where = path + e.Tag;
        if (e.VR != a.VR)
        {
            differences.Add($"{where}: VR {a.VR.Code()}, expected {e.VR.Code()}");
            return;
        }
        switch (e)
        {
            case DicomSequence es when a is DicomSequence asq:
                if (es.Items.Count != asq.Items.Count)
                    differences.Add($"{where}: {asq.Items.Count} items, expected {es.Items.Count}");
                for (int k = 0; k < Math.Min(es.Items.Count, asq.Items.Count); k++)
                    Compare(es.Items[k], asq.Items[k], $"{where}[{k}]/", differences);
                return;
            case DicomValueElement ev when a is DicomValueElement av:
                if (e.VR.IsString())
                {
                    var x = eds.CharacterSet.Decode(ev.Value.Memory.Span, e.VR).TrimEnd(' ', '\0');
                    var y = ads.CharacterSet.Decode(av.Value.Memory.Span, a.VR).TrimEnd(' ', '\0');
                    if (!string.Equals(x, y, StringComparison.Ordinal)) differences.Add($"{where}: [{y}], expected [{x}]");
                }
                else if (!ev.Value.Memory.Span.SequenceEqual(av.Value.Memory.Span))
                    differences.Add($"{where}: {Convert.ToHexString(av.Value.Memory.Span)}, expected {Convert.ToHexString(ev.Value.Memory.Span)}");
                return;
            case DicomFragmentSequence ef when a is DicomFragmentSequence af:
                if (ef.Fragments.Count != af.Fragments.Count || !ef.Fragments.Zip(af.Fragments).All(p => p.First.Memory.Span.SequenceEqual(p.Second.Memory.Span)))
                    differences.Add($"{where}: encapsulated fragments differ");
                return;
            default:
                differences.Add($"{where}: {a.GetType().Name}, expected {e.GetType().Name}");
                return;
        }
    }

    private static string Describe(DicomDataset ds, DicomElement e) => e switch
    {
        DicomSequence s => $"SQ, {s.Items.Count} items",
        DicomValueElement v when v.VR.IsString() => $"{v.VR.Code()} [{ds.CharacterSet.Decode(v.Value.Memory.Span, v.VR).TrimEnd(' ', '\0')}]",
        DicomValueElement v => $"{v.VR.Code()} {Convert.ToHexString(v.Value.Memory.Span[..(int)Math.Min(32, v.Length)])}",
        _ => e.VR.Code(),
    };
}
