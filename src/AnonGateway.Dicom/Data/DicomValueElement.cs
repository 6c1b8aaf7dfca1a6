using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Data;

/// <summary>An element with a plain value (every VR but SQ, and OB/OW pixel data that is not encapsulated).</summary>
/// <remarks>The value is kept as the raw bytes (little endian) until a typed value is asked for.</remarks>
public sealed class DicomValueElement : DicomElement
{
    /// <summary>Creates an element over raw little-endian value bytes.</summary>
    public DicomValueElement(DicomTag tag, DicomVR vr, ElementValue value) : base(tag, vr)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>Creates an element over raw little-endian value bytes held in memory.</summary>
    public DicomValueElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> bytes) : this(tag, vr, ElementValue.FromBytes(bytes)) { }

    /// <summary>The raw value.</summary>
    public ElementValue Value { get; }

    /// <summary>The value length in bytes.</summary>
    public long Length => Value.Length;

    public override DicomElement Clone() => new DicomValueElement(Tag, VR, Value);

    public override string ToString() => $"{Tag} {VR.Code()} #{Length}";
}
