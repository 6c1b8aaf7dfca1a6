using AnonGateway.Dicom.Data;

namespace AnonGateway.DicomEdit.Runtime.Values;

/// <summary>The bytes of a private UN element that a script has read as a value. DicomEdit's DICOM layer replaces such a
/// value by its decoded form when it is read, and from then on <c>retainPrivateTags</c> no longer removes the element
/// (measured: reference case 096 keeps a read UN element of a retained block; case 028 removes an unread one). The bytes
/// are unchanged: this only marks the element, so the quirk follows the object through a chain of scripts.</summary>
internal sealed class DecodedUnValue(ElementValue inner) : ElementValue
{
    public override long Length => inner.Length;
    public override bool IsInMemory => inner.IsInMemory;
    public override ReadOnlyMemory<byte> Memory => inner.Memory;
    public override void CopyTo(Stream destination) => inner.CopyTo(destination);
    public override ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken = default) => inner.CopyToAsync(destination, cancellationToken);

    /// <summary>Marks a private UN element of <paramref name="container"/> as read (once).</summary>
    public static void MarkRead(DicomDataset container, DicomElement element)
    {
        if (element is DicomValueElement { VR: Dicom.Dictionary.DicomVR.UN } e && e.Tag.IsPrivate && e.Value is not DecodedUnValue)
            container.Set(new DicomValueElement(e.Tag, e.VR, new DecodedUnValue(e.Value)));
    }

    /// <summary>Whether <paramref name="element"/> is a private UN element a script has read.</summary>
    public static bool IsRead(DicomElement element) => element is DicomValueElement { Value: DecodedUnValue };
}
