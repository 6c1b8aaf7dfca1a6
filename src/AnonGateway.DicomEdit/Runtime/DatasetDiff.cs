using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Paths;

namespace AnonGateway.DicomEdit.Runtime;

/// <summary>Every attribute added, changed or removed between two data sets, inside sequences too (items compared
/// by position), in data set order.</summary>
public static class DatasetDiff
{
    private const int MaxShownLength = 64;

    /// <summary>The changes from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IReadOnlyList<DatasetChange> Compare(DicomDataset before, DicomDataset after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<DatasetChange>();
        Compare(before, after, "", changes);
        return changes;
    }

    private static void Compare(DicomDataset a, DicomDataset b, string prefix, List<DatasetChange> changes)
    {
        int i = 0, j = 0;
        var x = a.Elements;
        var y = b.Elements;
        while (i < x.Count || j < y.Count)
        {
            if (j >= y.Count || (i < x.Count && x[i].Tag < y[j].Tag))
            {
                changes.Add(new DatasetChange(prefix + x[i].Tag, DatasetChangeKind.Removed, Show(a, x[i]), null));
                i++;
            }
            else if (i >= x.Count || y[j].Tag < x[i].Tag)
            {
                changes.Add(new DatasetChange(prefix + y[j].Tag, DatasetChangeKind.Added, null, Show(b, y[j])));
                j++;
            }
            else
            {
                Element(a, x[i], b, y[j], prefix, changes);
                i++;
                j++;
            }
        }
    }

    private static void Element(DicomDataset a, DicomElement e, DicomDataset b, DicomElement f, string prefix, List<DatasetChange> changes)
    {
        var path = prefix + e.Tag;
        if (e is DicomSequence s && f is DicomSequence t)
        {
            int n = Math.Max(s.Items.Count, t.Items.Count);
            for (int k = 0; k < n; k++)
            {
                var itemPath = $"{path}[{k}]";
                if (k >= s.Items.Count) changes.Add(new DatasetChange(itemPath, DatasetChangeKind.Added, null, $"item ({t.Items[k].Count} elements)"));
                else if (k >= t.Items.Count) changes.Add(new DatasetChange(itemPath, DatasetChangeKind.Removed, $"item ({s.Items[k].Count} elements)", null));
                else Compare(s.Items[k], t.Items[k], itemPath + "/", changes);
            }
            return;
        }
        var before = Show(a, e);
        var after = Show(b, f);
        bool same = e.VR == f.VR && (e, f) switch
        {
            (DicomValueElement v, DicomValueElement w) => v.Value.Memory.Span.SequenceEqual(w.Value.Memory.Span),
            (DicomFragmentSequence p, DicomFragmentSequence q) => ReferenceEquals(p.Fragments, q.Fragments) || p.Fragments.Count == q.Fragments.Count && p.Fragments.Zip(q.Fragments).All(z => ReferenceEquals(z.First, z.Second) || z.First.Memory.Span.SequenceEqual(z.Second.Memory.Span)),
            _ => false,
        };
        if (!same) changes.Add(new DatasetChange(path, DatasetChangeKind.Changed, before, after));
    }

    private static string Show(DicomDataset container, DicomElement e)
    {
        switch (e)
        {
            case DicomSequence sq:
                return $"SQ ({sq.Items.Count} items)";
            case DicomFragmentSequence fr:
                return $"{e.VR.Code()} (encapsulated, {fr.Fragments.Count} fragments)";
            case DicomValueElement v when v.Tag == DicomTag.PixelData || v.Length > 1024 && !v.VR.IsString():
                return $"{e.VR.Code()} ({v.Length} bytes)";
            default:
                var text = ElementText.Read(container, e) ?? "";
                if (text.Length > MaxShownLength) text = text[..MaxShownLength] + "…";
                return $"{e.VR.Code()} [{text}]";
        }
    }
}
