using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Dimse;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>Writes each object to <c>DIR/&lt;SOP Instance UID&gt;.dcm</c> (like dcmtk's storescp): a fresh Part 10
/// header (zeroed preamble, DICM, meta group from the request's SOP class/instance and the context's transfer
/// syntax), then the received data set bytes streamed unchanged, into a temporary file renamed into place.</summary>
public sealed class FileStorageSink : IStorageSink
{
    private readonly string _directory;

    /// <summary>Creates the sink; the folder is created when missing.</summary>
    public FileStorageSink(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    /// <summary>The file an object with <paramref name="sopInstanceUid"/> is written to.</summary>
    public string PathFor(string sopInstanceUid) => Path.Combine(_directory, sopInstanceUid + ".dcm");

    public async ValueTask<StoreResult> StoreAsync(StoreRequestContext context, Stream dataSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dataSet);
        // A UID is digits and dots; anything else would let a peer choose a path.
        if (!AnonGateway.Dicom.Uids.DicomUid.IsValid(context.SopInstanceUid))
            return new StoreResult(DimseStatus.CannotUnderstand, "Affected SOP Instance UID is not a valid UID");
        var final = PathFor(context.SopInstanceUid);
        var temp = final + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (file.ConfigureAwait(false))
            {
                var meta = FileMetaInformation.Create(context.SopClassUid, context.SopInstanceUid, context.TransferSyntax.Uid, context.Association.CallingAETitle);
                await Part10Writer.WriteHeaderAsync(file, meta, cancellationToken).ConfigureAwait(false);
                await dataSet.CopyToAsync(file, 1 << 16, cancellationToken).ConfigureAwait(false);
            }
            File.Move(temp, final, overwrite: true);
            return StoreResult.Success;
        }
        catch (IOException ex)
        {
            return new StoreResult(DimseStatus.OutOfResources, "cannot write the object: " + ex.Message);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
