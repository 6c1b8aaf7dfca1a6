using AnonGateway.Dicom.Network.Services;

namespace AnonGateway.Dicom.Network.Tests.Interop;

/// <summary>What an SCP (ours or dcmtk's storescp) wrote into a folder, by the SOP Instance UID of its meta group
/// (both write the C-STORE-RQ's Affected SOP Instance UID there, whatever the data set says).</summary>
internal static class ReceivedObjects
{
    public static Dictionary<string, DicomObjectSource> In(string directory)
    {
        var result = new Dictionary<string, DicomObjectSource>(StringComparer.Ordinal);
        foreach (var f in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var meta = IO.DicomFile.Open(f, new IO.DicomReadOptions { ReadDataset = false }).Meta ?? throw new InvalidOperationException(f + " has no meta group");
            var source = new DicomObjectSource { Path = f, SopClassUid = meta.MediaStorageSopClassUid ?? "", SopInstanceUid = meta.MediaStorageSopInstanceUid ?? "", TransferSyntaxUid = meta.TransferSyntaxUid ?? "" };
            if (!result.TryAdd(source.SopInstanceUid, source)) throw new InvalidOperationException($"{f} and {result[source.SopInstanceUid].Path} both hold {source.SopInstanceUid}");
        }
        return result;
    }
}
