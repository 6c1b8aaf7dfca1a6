using AnonGateway.Configuration;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.Spool;

namespace AnonGateway.Forwarding;

/// <summary>A DICOM storage SCP destination (XNAT's receiver): one association per batch through the network layer's SCU,
/// each object's outcome mapped to delivered / retry later / rejected.</summary>
/// <remarks>XNAT answers its own server faults with C000 (anchors §3.8), so a C0xx is "rejected" only after the
/// forwarder's permanent-failure budget, never at the first answer.</remarks>
public sealed class DicomForwardTarget(string name, DestinationOptions options) : IForwardTarget
{
    public string Name { get; } = name;

    public async Task<IReadOnlyList<ForwardResult>> SendAsync(IReadOnlyList<QueuedObject> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new List<ForwardResult>(batch.Count);
        var sources = new List<DicomObjectSource>(batch.Count);
        var byPath = new Dictionary<string, QueuedObject>(StringComparer.Ordinal);
        foreach (var q in batch)
        {
            try
            {
                sources.Add(DicomObjectSource.Open(q.Path));
                byPath[Path.GetFullPath(q.Path)] = q;
            }
            catch (DicomFormatException ex) { results.Add(new ForwardResult(q, ForwardOutcome.Rejected, "spooled file unreadable: " + ex.Message)); }
            catch (IOException ex) { results.Add(new ForwardResult(q, ForwardOutcome.RetryLater, ex.Message)); }
        }
        var client = new DicomClientOptions
        {
            Host = options.Host!,
            Port = options.Port,
            CalledAETitle = options.CalledAeTitle,
            CallingAETitle = options.CallingAeTitle,
        };
        foreach (var part in StorageScu.Batches(sources))
        {
            var outcomes = await StorageScu.SendBatchAsync(client, part, progress: null, logger: null, cancellationToken).ConfigureAwait(false);
            foreach (var o in outcomes)
            {
                if (!byPath.TryGetValue(Path.GetFullPath(o.Path), out var q)) continue;
                var outcome = o.Succeeded ? ForwardOutcome.Delivered : o.IsTransient ? ForwardOutcome.RetryLater : ForwardOutcome.Rejected;
                var message = o.Succeeded ? null : $"{o.Failure}{(o.Status is { } s ? " status " + s : "")}: {o.Message}";
                results.Add(new ForwardResult(q, outcome, message));
            }
        }
        return results;
    }
}
