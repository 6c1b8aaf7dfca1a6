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

    /// <summary>Reads what is needed to send <paramref name="path"/>: the meta group, and the data set's SOP UIDs
    /// (big values are not loaded).</summary>
    /// <exception cref="DicomFormatException">The file is not DICOM.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DicomObjectSource Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        DicomFile? file;
        DicomFile? header;
        try { header = file = DicomFile.Open(path, s_peek); }
        catch (DicomFormatException)
        {
            // A data set the core cannot parse still goes out as stored, under the meta group's UIDs.
            header = TryReadMeta(path);
            if (!NamesTheObject(header)) throw;
            file = null;
        }
        // The C-STORE-RQ names the object the data set is (PS3.4 B.2): where the data set holds its SOP UIDs they win
        // over a disagreeing meta group (storescp answers A900 to the meta group's), as dcmsend and storescu do.
        var sopClass = DigitsAndDots(NonEmpty(file?.Dataset.GetString(s_sopClassUidTag))) ?? NonEmpty(header.Meta?.MediaStorageSopClassUid);
        var sopInstance = DigitsAndDots(NonEmpty(file?.Dataset.GetString(s_sopInstanceUidTag))) ?? NonEmpty(header.Meta?.MediaStorageSopInstanceUid);
        if (sopClass is null || sopInstance is null)
            throw new DicomFormatException($"{path} has no SOP Class UID or SOP Instance UID");
        // Only a proper Part 10 file (preamble, "DICM", meta group naming the syntax) is sent as stored.
        if (header is { HadPreamble: true, Meta.TransferSyntaxUid.Length: > 0 })
            return new DicomObjectSource { Path = path, SopClassUid = sopClass, SopInstanceUid = sopInstance, TransferSyntaxUid = NonEmpty(header.Meta.TransferSyntaxUid)!, DataSetOffset = header.DataSetOffset };
        return new DicomObjectSource { Path = path, SopClassUid = sopClass, SopInstanceUid = sopInstance, TransferSyntaxUid = file!.TransferSyntax.Uid, DataSetOffset = null };
    }

    /// <summary>Reads only the meta group of a Part 10 file whose meta group is known to name the data set's SOP UIDs (a
    /// file this program wrote from the data set, such as a gateway spool file): no data set parsing.</summary>
    /// <exception cref="DicomFormatException">The file has no usable meta group.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DicomObjectSource OpenWithTrustedMeta(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var header = DicomFile.Open(path, s_metaOnly);
        if (!NamesTheObject(header)) return Open(path);
        var meta = header.Meta!;
        return new DicomObjectSource
        {
            Path = path,
            SopClassUid = NonEmpty(meta.MediaStorageSopClassUid)!,
            SopInstanceUid = NonEmpty(meta.MediaStorageSopInstanceUid)!,
            TransferSyntaxUid = NonEmpty(meta.TransferSyntaxUid)!,
            DataSetOffset = header.DataSetOffset,
        };
    }

    // A proper Part 10 header (preamble, "DICM") whose meta group names SOP class, instance and transfer syntax: enough
    // to send the stored data set bytes as they are.
    private static bool NamesTheObject([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] DicomFile? header) =>
        header is { HadPreamble: true, DataSetOffset: not null, Meta: { MediaStorageSopClassUid.Length: > 0, MediaStorageSopInstanceUid.Length: > 0, TransferSyntaxUid.Length: > 0 } };

    private static DicomFile? TryReadMeta(string path)
    {
        try { return DicomFile.Open(path, s_metaOnly); }
        catch (DicomFormatException) { return null; }
    }

    private static readonly DicomReadOptions s_metaOnly = new() { ReadDataset = false };

    // Only the small values are needed: big ones (pixel data) stay in the file.
    private static readonly DicomReadOptions s_peek = new() { LargeValueThreshold = 1024 };
    private static readonly Dictionary.DicomTag s_sopClassUidTag = new(0x0008, 0x0016);
    private static readonly Dictionary.DicomTag s_sopInstanceUidTag = new(0x0008, 0x0018);

    private static string? NonEmpty(string? uid) => string.IsNullOrWhiteSpace(uid) ? null : uid.Trim().TrimEnd('\0');

    // A data set value that is no UID at all (an unknown-VR element rendered as hex) does not replace the meta group's.
    private static string? DigitsAndDots(string? uid) => uid is not null && uid.All(c => c is '.' or (>= '0' and <= '9')) ? uid : null;
}
