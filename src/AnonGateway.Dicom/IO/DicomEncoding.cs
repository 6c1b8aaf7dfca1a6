using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.IO;

/// <summary>How elements are encoded at one point of a stream: explicit or implicit VR, byte order.
/// Usually the transfer syntax's; inside a UN element of undefined length it is implicit VR little endian (CP-246).</summary>
internal readonly record struct DicomEncoding(bool ExplicitVR, bool BigEndian)
{
    public static DicomEncoding ImplicitLittleEndian => new(false, false);
    public static DicomEncoding ExplicitLittleEndian => new(true, false);

    public static DicomEncoding Of(TransferSyntax syntax) => new(syntax.IsExplicitVR, syntax.IsBigEndian);
}
