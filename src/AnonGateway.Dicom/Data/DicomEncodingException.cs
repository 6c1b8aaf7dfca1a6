namespace AnonGateway.Dicom.Data;

/// <summary>A value cannot be represented in the element's VR or in the data set's character set.</summary>
public sealed class DicomEncodingException : Exception
{
    public DicomEncodingException() { }
    public DicomEncodingException(string message) : base(message) { }
    public DicomEncodingException(string message, Exception inner) : base(message, inner) { }
}
