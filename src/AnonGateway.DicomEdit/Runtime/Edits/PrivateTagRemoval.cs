using AnonGateway.Dicom.Data;

namespace AnonGateway.DicomEdit.Runtime.Edits;

/// <summary><c>removeAllPrivateTags</c> (spec §6.9): every odd-group element, data and creators, at every level;
/// private sequences go with their items.</summary>
internal static class PrivateTagRemoval
{
    /// <summary>Removes all private elements from <paramref name="ds"/> and the items below it.</summary>
    public static void RemoveAll(DicomDataset ds)
    {
        var elements = ds.Elements;
        bool any = false;
        for (int i = 0; i < elements.Count && !any; i++) any = elements[i].Tag.IsPrivate;
        if (any) ds.RemoveAll(static e => e.Tag.IsPrivate);
        elements = ds.Elements;
        for (int i = 0; i < elements.Count; i++)
        {
            if (elements[i] is not DicomSequence sq) continue;
            var items = sq.Items;
            for (int k = 0; k < items.Count; k++) RemoveAll(items[k]);
        }
    }
}
