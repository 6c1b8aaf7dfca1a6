using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Data;

/// <summary>Encapsulated pixel data (PS3.5 §A.4): the Basic Offset Table item followed by the fragments,
/// passed through untouched whatever the transfer syntax (including ones we do not know).</summary>
public sealed class DicomFragmentSequence : DicomElement
{
    /// <summary>Creates encapsulated data from its offset table and fragments.</summary>
    public DicomFragmentSequence(DicomTag tag, DicomVR vr, ElementValue offsetTable, IEnumerable<ElementValue> fragments) : base(tag, vr)
    {
        OffsetTable = offsetTable ?? throw new ArgumentNullException(nameof(offsetTable));
        Fragments = [.. fragments ?? throw new ArgumentNullException(nameof(fragments))];
    }

    /// <summary>The first item: the Basic Offset Table (often empty).</summary>
    public ElementValue OffsetTable { get; }

    /// <summary>The fragments after the offset table.</summary>
    public IReadOnlyList<ElementValue> Fragments { get; }

    public override DicomElement Clone() => new DicomFragmentSequence(Tag, VR, OffsetTable, Fragments);

    public override string ToString() => $"{Tag} {VR.Code()} encapsulated ({Fragments.Count} fragments)";
}
