using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.IO;

/// <summary>Writes Part 10 files: a zeroed 128-byte preamble (never a sender's: it can carry an executable), "DICM",
/// the meta group in explicit VR little endian with a computed group length, then the data set.</summary>
public static class Part10Writer
{
    /// <summary>Writes the preamble, "DICM" and <paramref name="meta"/> (its group length recomputed). The data set,
    /// encoded in the meta's transfer syntax, may follow as raw bytes: this is how a received C-STORE data set is
    /// streamed straight into a file.</summary>
    public static void WriteHeader(Stream destination, FileMetaInformation meta)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(meta);
        destination.Write(HeaderBytes(meta));
    }

    /// <summary>Asynchronous <see cref="WriteHeader"/>.</summary>
    public static ValueTask WriteHeaderAsync(Stream destination, FileMetaInformation meta, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(meta);
        return destination.WriteAsync(HeaderBytes(meta), cancellationToken);
    }

    /// <summary>Writes a whole file: header, then <paramref name="dataset"/> in the meta's transfer syntax (group 0002
    /// elements inside the data set are written where they are, after the meta group).</summary>
    /// <exception cref="DicomEncodingException">The data set cannot be encoded in that syntax.</exception>
    public static void Write(Stream destination, FileMetaInformation meta, DicomDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(meta);
        var uid = meta.TransferSyntaxUid ?? throw new ArgumentException("the meta group has no Transfer Syntax UID (0002,0010)", nameof(meta));
        WriteHeader(destination, meta);
        DicomDatasetWriter.Write(destination, dataset, TransferSyntax.Lookup(uid));
    }

    private static byte[] HeaderBytes(FileMetaInformation meta)
    {
        var group = new DicomDataset();
        group.Set(new DicomValueElement(DicomTag.FileMetaInformationGroupLength, DicomVR.UL, new byte[4]));
        foreach (var e in meta.Elements)
            if (e.Tag.Group == 0x0002 && e.Tag.Element != 0) group.Set(e);
        using var memory = new MemoryStream(256);
        memory.Write(new byte[128]);
        memory.Write("DICM"u8);
        new DatasetEncoder(memory, DicomEncoding.ExplicitLittleEndian, encapsulatedAllowed: false).WriteDataset(group);
        return memory.ToArray();
    }
}
