using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Data;

/// <summary>A sequence of items (VR SQ, or a UN element of undefined length read as a sequence per CP-246).</summary>
public sealed class DicomSequence : DicomElement
{
    private readonly List<DicomDataset> _items = [];

    /// <summary>Creates an empty sequence.</summary>
    public DicomSequence(DicomTag tag) : base(tag, DicomVR.SQ) { }

    /// <summary>Creates a sequence with the given items.</summary>
    public DicomSequence(DicomTag tag, IEnumerable<DicomDataset> items) : base(tag, DicomVR.SQ)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var item in items) Add(item);
    }

    /// <summary>The items in order.</summary>
    public IReadOnlyList<DicomDataset> Items => _items;

    /// <summary>The data set that holds this sequence (set when the sequence is added to one).</summary>
    public DicomDataset? Parent { get; internal set; }

    /// <summary>Whether the sequence was read with undefined length (kept so that a rewrite looks like the original).</summary>
    public bool UndefinedLength { get; set; } = true;

    /// <summary>Appends an item and makes this sequence its parent (for character set inheritance).</summary>
    public void Add(DicomDataset item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.ParentSequence = this;
        _items.Add(item);
    }

    /// <summary>Inserts an item at <paramref name="index"/>.</summary>
    public void Insert(int index, DicomDataset item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.ParentSequence = this;
        _items.Insert(index, item);
    }

    /// <summary>Removes the item at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        _items[index].ParentSequence = null;
        _items.RemoveAt(index);
    }

    public override DicomElement Clone()
    {
        var copy = new DicomSequence(Tag) { UndefinedLength = UndefinedLength };
        foreach (var item in _items) copy.Add(item.Clone());
        return copy;
    }

    public override string ToString() => $"{Tag} SQ ({_items.Count} items)";
}
