using System.IO.Compression;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.IO;

/// <summary>Writes a bare data set (no preamble, no meta group) in a transfer syntax: a DIMSE command set (implicit
/// VR little endian; its (0000,0000) group length is recomputed), or the data set of a C-STORE.</summary>
/// <remarks>Any native syntax, deflated, or an encapsulated one (fragments written back as they came). Encapsulated
/// pixel data cannot be written in a native syntax (no transcoding): that throws <see cref="DicomEncodingException"/>.
/// See <see cref="DatasetEncoder"/> for the padding and length rules.</remarks>
public static class DicomDatasetWriter
{
    /// <summary>Writes <paramref name="dataset"/> to <paramref name="destination"/> in <paramref name="transferSyntax"/>.</summary>
    /// <exception cref="DicomEncodingException">The data set cannot be encoded in that syntax.</exception>
    public static void Write(Stream destination, DicomDataset dataset, TransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        if (transferSyntax.IsDeflated)
        {
            using var deflater = new DeflateStream(destination, CompressionLevel.Fastest, leaveOpen: true);
            using var buffered = new BufferedStream(deflater, 1 << 16);
            new DatasetEncoder(buffered, DicomEncoding.Of(transferSyntax), transferSyntax.IsEncapsulated).WriteDataset(dataset);
            buffered.Flush();
            return;
        }
        new DatasetEncoder(destination, DicomEncoding.Of(transferSyntax), transferSyntax.IsEncapsulated).WriteDataset(dataset);
    }

    /// <summary>The data set encoded in memory (for command sets and small data sets).</summary>
    public static byte[] ToArray(DicomDataset dataset, TransferSyntax transferSyntax)
    {
        using var memory = new MemoryStream();
        Write(memory, dataset, transferSyntax);
        return memory.ToArray();
    }

    /// <summary>The number of bytes <paramref name="dataset"/> takes in a native (not deflated) <paramref name="transferSyntax"/>.</summary>
    public static long ComputeLength(DicomDataset dataset, TransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        if (transferSyntax.IsDeflated) throw new ArgumentException("the length of a deflated data set is only known after compressing it", nameof(transferSyntax));
        return new DatasetEncoder(Stream.Null, DicomEncoding.Of(transferSyntax), true).DatasetSize(dataset);
    }
}
