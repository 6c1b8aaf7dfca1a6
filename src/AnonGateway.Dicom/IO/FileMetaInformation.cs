using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.TransferSyntaxes;
using AnonGateway.Dicom.Uids;

namespace AnonGateway.Dicom.IO;

/// <summary>The File Meta Information of a Part 10 file (group 0002, PS3.10 §7.1), always explicit VR little endian.</summary>
/// <remarks>Read from a file it holds every group 0002 element as it came. <see cref="Create"/> makes a fresh one with
/// our Implementation Class UID and Version Name, which is what every file we write carries.</remarks>
public sealed class FileMetaInformation
{
    public static readonly DicomTag FileMetaInformationVersionTag = new(0x0002, 0x0001);
    public static readonly DicomTag MediaStorageSopClassUidTag = new(0x0002, 0x0002);
    public static readonly DicomTag MediaStorageSopInstanceUidTag = new(0x0002, 0x0003);
    public static readonly DicomTag ImplementationClassUidTag = new(0x0002, 0x0012);
    public static readonly DicomTag ImplementationVersionNameTag = new(0x0002, 0x0013);
    public static readonly DicomTag SourceApplicationEntityTitleTag = new(0x0002, 0x0016);
    private static readonly DicomTag s_sopClassUid = new(0x0008, 0x0016);
    private static readonly DicomTag s_sopInstanceUid = new(0x0008, 0x0018);

    /// <summary>Wraps the group 0002 elements of <paramref name="elements"/>.</summary>
    public FileMetaInformation(DicomDataset elements)
    {
        Elements = elements ?? throw new ArgumentNullException(nameof(elements));
    }

    /// <summary>The group 0002 elements (including the group length when it was read).</summary>
    public DicomDataset Elements { get; }

    /// <summary>(0002,0002), trimmed; null when absent.</summary>
    public string? MediaStorageSopClassUid => Text(MediaStorageSopClassUidTag);

    /// <summary>(0002,0003), trimmed; null when absent.</summary>
    public string? MediaStorageSopInstanceUid => Text(MediaStorageSopInstanceUidTag);

    /// <summary>(0002,0010), trimmed; null when absent.</summary>
    public string? TransferSyntaxUid => Text(DicomTag.TransferSyntaxUid);

    /// <summary>(0002,0012), trimmed; null when absent.</summary>
    public string? ImplementationClassUid => Text(ImplementationClassUidTag);

    /// <summary>(0002,0013), trimmed; null when absent.</summary>
    public string? ImplementationVersionName => Text(ImplementationVersionNameTag);

    /// <summary>(0002,0016), trimmed; null when absent.</summary>
    public string? SourceApplicationEntityTitle => Text(SourceApplicationEntityTitleTag);

    /// <summary>A fresh meta group: version 00\01, the given UIDs (an empty SOP class or instance UID is left out), our Implementation Class UID and Version Name,
    /// and the Source AE Title when given.</summary>
    public static FileMetaInformation Create(string sopClassUid, string sopInstanceUid, string transferSyntaxUid, string? sourceAeTitle = null)
    {
        ArgumentNullException.ThrowIfNull(sopClassUid);
        ArgumentNullException.ThrowIfNull(sopInstanceUid);
        ArgumentNullException.ThrowIfNull(transferSyntaxUid);
        var ds = new DicomDataset();
        ds.Set(new DicomValueElement(FileMetaInformationVersionTag, DicomVR.OB, new byte[] { 0x00, 0x01 }));
        // An unknown SOP class or instance (a data set without them) is left out rather than written empty.
        if (sopClassUid.Trim().Length > 0) ds.SetString(MediaStorageSopClassUidTag, DicomVR.UI, sopClassUid.Trim());
        if (sopInstanceUid.Trim().Length > 0) ds.SetString(MediaStorageSopInstanceUidTag, DicomVR.UI, sopInstanceUid.Trim());
        ds.SetString(DicomTag.TransferSyntaxUid, DicomVR.UI, transferSyntaxUid.Trim());
        ds.SetString(ImplementationClassUidTag, DicomVR.UI, DicomUid.ImplementationClassUid);
        ds.SetString(ImplementationVersionNameTag, DicomVR.SH, DicomUid.ImplementationVersionName);
        if (!string.IsNullOrWhiteSpace(sourceAeTitle)) ds.SetString(SourceApplicationEntityTitleTag, DicomVR.AE, sourceAeTitle.Trim());
        return new FileMetaInformation(ds);
    }

    /// <summary>A fresh meta group for writing <paramref name="dataset"/> in <paramref name="transferSyntax"/>: the SOP
    /// Class and Instance UIDs come from the data set (0008,0016/0018), else from <paramref name="original"/> (a DICOMDIR
    /// has none of its own); the Source AE Title is kept from <paramref name="original"/>.</summary>
    public static FileMetaInformation ForDataset(DicomDataset dataset, TransferSyntax transferSyntax, FileMetaInformation? original = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        var sopClass = UidOf(dataset, s_sopClassUid) ?? original?.MediaStorageSopClassUid ?? "";
        var sopInstance = UidOf(dataset, s_sopInstanceUid) ?? original?.MediaStorageSopInstanceUid ?? "";
        return Create(sopClass, sopInstance, transferSyntax.Uid, original?.SourceApplicationEntityTitle);
    }

    // The UID text whatever the VR the element came with (UI, or UN from a converter that lost the VRs).
    private static string? UidOf(DicomDataset dataset, DicomTag tag)
    {
        if (dataset.Get(tag) is not DicomValueElement { Length: > 0 and <= 128 } e) return null;
        var text = System.Text.Encoding.ASCII.GetString(e.Value.Memory.Span).Trim(' ', '\0');
        return text.Length == 0 ? null : text;
    }

    private string? Text(DicomTag tag) => Elements.GetString(tag)?.Trim(' ', '\0');
}
