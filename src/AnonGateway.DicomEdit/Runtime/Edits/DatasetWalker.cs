using AnonGateway.Dicom.Data;

namespace AnonGateway.DicomEdit.Runtime.Edits;

/// <summary>Visits every element of a data set at every depth (items of sequences, not pixel data fragments), the
/// way DicomEdit's whole-data-set visitors do.</summary>
internal static class DatasetWalker
{
    /// <summary>Every (container, element) pair, depth first in data set order; collected first so callers may edit.</summary>
    public static List<(DicomDataset Container, DicomElement Element)> All(DicomDataset root)
    {
        var list = new List<(DicomDataset, DicomElement)>();
        Collect(root, list);
        return list;
    }

    private static void Collect(DicomDataset ds, List<(DicomDataset, DicomElement)> list)
    {
        foreach (var e in ds.Elements)
        {
            list.Add((ds, e));
            if (e is DicomSequence sq)
                foreach (var item in sq.Items) Collect(item, list);
        }
    }
}
