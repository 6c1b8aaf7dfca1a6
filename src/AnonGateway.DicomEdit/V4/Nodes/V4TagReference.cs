using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A tag used as a value: the original top-level attribute's value (absent: no value).</summary>
public sealed class V4TagReference : V4Expression
{
    /// <summary>Creates the reference.</summary>
    public V4TagReference(TextSpan span, DicomTag tag) : base(span) => Tag = tag;

    /// <summary>The tag.</summary>
    public DicomTag Tag { get; }
}
