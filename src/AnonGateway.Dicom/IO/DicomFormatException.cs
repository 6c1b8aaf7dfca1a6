namespace AnonGateway.Dicom.IO;

/// <summary>The bytes are not a DICOM data set we can read: a length beyond the end, a missing delimiter,
/// nesting deeper than allowed, garbage where an element should be.</summary>
/// <remarks>The message says what was wrong in words; <see cref="Offset"/> says where (the absolute byte offset
/// in the file or buffer; in a deflated data set, the offset in the inflated bytes after the meta group).</remarks>
public sealed class DicomFormatException : Exception
{
    public DicomFormatException() { }

    public DicomFormatException(string message) : base(message) { }

    public DicomFormatException(string message, Exception inner) : base(message, inner) { }

    /// <summary>Creates the exception for a problem found at <paramref name="offset"/>.</summary>
    public DicomFormatException(string message, long offset) : base(message)
    {
        Offset = offset;
    }

    /// <summary>Creates the exception for a problem found at <paramref name="offset"/>, caused by <paramref name="inner"/>.</summary>
    public DicomFormatException(string message, long offset, Exception inner) : base(message, inner)
    {
        Offset = offset;
    }

    /// <summary>The byte offset where the problem was found (-1 when not known).</summary>
    public long Offset { get; } = -1;

    /// <summary><c>offset 0x1F4: message</c>, the form <c>anongw dump</c> prints after the file name.</summary>
    public string Describe() => Offset >= 0 ? $"offset 0x{Offset:X}: {Message}" : Message;
}
