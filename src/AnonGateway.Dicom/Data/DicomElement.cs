using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Data;

/// <summary>A data element of a data set: a value element, a sequence, or encapsulated pixel data.</summary>
public abstract class DicomElement
{
    private protected DicomElement(DicomTag tag, DicomVR vr)
    {
        Tag = tag;
        VR = vr;
    }

    /// <summary>The element's tag.</summary>
    public DicomTag Tag { get; }

    /// <summary>The VR as read (explicit VR) or as the dictionary gives it (implicit VR); <see cref="DicomVR.UN"/> for unknown elements.</summary>
    public DicomVR VR { get; }

    /// <summary>A deep copy that shares immutable value bytes.</summary>
    public abstract DicomElement Clone();
}
