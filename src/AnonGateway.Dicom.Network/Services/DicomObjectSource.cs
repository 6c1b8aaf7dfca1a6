using AnonGateway.Dicom.IO;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>One object to send from a Part 10 file: its SOP class, instance, transfer syntax and where its data set starts.</summary>
public sealed record DicomObjectSource
{
    /// <summary>The file.</summary>
    public required string Path { get; init; }

    /// <summary>SOP Class UID.</summary>
    public required string SopClassUid { get; init; }

    /// <summary>SOP Instance UID.</summary>
    public required string SopInstanceUid { get; init; }

    /// <summary>The transfer syntax the data set is stored in.</summary>
    public required string TransferSyntaxUid { get; init; }

    /// <summary>Where the data set starts in the file, or null when the file must be parsed and re-encoded to be sent
    /// (no preamble/meta group).</summary>
    public long? DataSetOffset { get; init; }

    /// <summary>Reads what is needed to send <paramref name="path"/> (only the meta group for a normal Part 10 file).</summary>
    /// <exception cref="DicomFormatException">The file is not DICOM.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DicomObjectSource Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var header = Part10Header.TryRead(path);
        if (header is { SopClassUid.Length: > 0, SopInstanceUid.Length: > 0, TransferSyntaxUid.Length: > 0 })
            return new DicomObjectSource { Path = path, SopClassUid = header.SopClassUid, SopInstanceUid = header.SopInstanceUid, TransferSyntaxUid = header.TransferSyntaxUid, DataSetOffset = header.DataSetOffset };
        var file = DicomFile.Open(path);
        var sopClass = file.Dataset.GetString(new Dictionary.DicomTag(0x0008, 0x0016)) ?? file.Meta?.MediaStorageSopClassUid;
        var sopInstance = file.Dataset.GetString(new Dictionary.DicomTag(0x0008, 0x0018)) ?? file.Meta?.MediaStorageSopInstanceUid;
        if (string.IsNullOrWhiteSpace(sopClass) || string.IsNullOrWhiteSpace(sopInstance))
            throw new DicomFormatException($"{path} has no SOP Class UID or SOP Instance UID");
        return new DicomObjectSource { Path = path, SopClassUid = sopClass.Trim(), SopInstanceUid = sopInstance.Trim(), TransferSyntaxUid = file.TransferSyntax.Uid, DataSetOffset = null };
    }
}
