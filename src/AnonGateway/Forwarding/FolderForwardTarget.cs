using AnonGateway.Dicom.IO;
using AnonGateway.Spool;

namespace AnonGateway.Forwarding;

/// <summary>A destination that is a local folder: each object is published durably as <c>FOLDER/STUDY/SOPInstanceUID.dcm</c>
/// (the embedded default, so the gateway works with no XNAT).</summary>
public sealed class FolderForwardTarget(string name, string folder) : IForwardTarget
{
    public string Name { get; } = name;

    /// <summary>The folder objects are written to.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    public async Task<IReadOnlyList<ForwardResult>> SendAsync(IReadOnlyList<QueuedObject> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new List<ForwardResult>(batch.Count);
        foreach (var q in batch)
        {
            try
            {
                var uid = ReadSopInstanceUid(q.Path) ?? Path.GetFileNameWithoutExtension(q.Path);
                var target = Path.Combine(Folder, q.StudyKey, SafeFileName(uid) + ".dcm");
                await DurableFile.PublishAsync(target, async (s, ct) =>
                {
                    await using var source = new FileStream(q.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
                    await source.CopyToAsync(s, ct).ConfigureAwait(false);
                }, cancellationToken).ConfigureAwait(false);
                results.Add(new ForwardResult(q, ForwardOutcome.Delivered));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                results.Add(new ForwardResult(q, ForwardOutcome.RetryLater, $"cannot write to {Folder}: {ex.Message}"));
            }
            catch (DicomFormatException ex)
            {
                results.Add(new ForwardResult(q, ForwardOutcome.Rejected, $"spooled file is not readable: {ex.Message}"));
            }
        }
        return results;
    }

    // The meta group is enough (the spool writes one for every object); the data set is not parsed.
    // Spool files are ours: their meta group names the data set's SOP Instance UID.
    private static string? ReadSopInstanceUid(string path) => Dicom.Network.Services.DicomObjectSource.OpenWithTrustedMeta(path).SopInstanceUid;

    private static string SafeFileName(string uid) =>
        new([.. uid.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]);
}
