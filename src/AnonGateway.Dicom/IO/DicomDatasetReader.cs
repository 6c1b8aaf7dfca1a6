using System.IO.Compression;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.IO;

/// <summary>Reads a bare data set (no preamble, no meta group) in a known transfer syntax: a DIMSE command set
/// (implicit VR little endian) or the data set of a C-STORE as it arrives from the network.</summary>
public static class DicomDatasetReader
{
    /// <summary>Reads the data set in <paramref name="bytes"/>, encoded in <paramref name="transferSyntax"/>
    /// (a deflated syntax is inflated first). Values are copied out of the buffer.</summary>
    /// <exception cref="DicomFormatException">The bytes are not a data set in that syntax.</exception>
    public static DicomDataset Read(ReadOnlySpan<byte> bytes, TransferSyntax transferSyntax, DicomReadOptions? options = null) =>
        Read(new ReadOnlyMemory<byte>(bytes.ToArray()), transferSyntax, options);

    /// <summary>Reads the data set in <paramref name="bytes"/>, encoded in <paramref name="transferSyntax"/>. Values are
    /// copied out of the buffer, except large ones when <see cref="DicomReadOptions.ShareMemory"/> is set.</summary>
    /// <exception cref="DicomFormatException">The bytes are not a data set in that syntax.</exception>
    public static DicomDataset Read(ReadOnlyMemory<byte> bytes, TransferSyntax transferSyntax, DicomReadOptions? options = null)
    {
        using var input = new DicomInput(bytes);
        return Read(input, transferSyntax, options ?? DicomReadOptions.Default);
    }

    /// <summary>Reads a data set from <paramref name="stream"/> to its end. When the stream is a <see cref="FileStream"/>,
    /// large values stay in the file (see <see cref="DicomReadOptions.LargeValueThreshold"/>).</summary>
    /// <exception cref="DicomFormatException">The bytes are not a data set in that syntax.</exception>
    public static DicomDataset Read(Stream stream, TransferSyntax transferSyntax, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = new DicomInput(stream, filePath: stream is FileStream fs ? fs.Name : null);
        return Read(input, transferSyntax, options ?? DicomReadOptions.Default);
    }

    private static DicomDataset Read(DicomInput input, TransferSyntax transferSyntax, DicomReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(transferSyntax);
        var dataset = new DicomDataset();
        try
        {
            if (transferSyntax.IsDeflated)
            {
                using var inflater = new DeflateStream(input.RemainingAsStream(), CompressionMode.Decompress, leaveOpen: true);
                using var inflated = new DicomInput(inflater, input.Position);
                new DatasetParser(inflated, options, mayReference: false).ReadTopLevel(dataset, DicomEncoding.Of(transferSyntax));
            }
            else
            {
                new DatasetParser(input, options, mayReference: !transferSyntax.IsBigEndian).ReadTopLevel(dataset, DicomEncoding.Of(transferSyntax));
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException("the deflated data set cannot be inflated: " + ex.Message, input.Position, ex);
        }
        return dataset;
    }
}
