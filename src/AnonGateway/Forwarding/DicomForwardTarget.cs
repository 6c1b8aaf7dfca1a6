using AnonGateway.Configuration;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.Spool;

namespace AnonGateway.Forwarding;

/// <summary>A DICOM storage SCP destination (XNAT's receiver). Objects arrive in the queue one at a time while a modality
/// sends, so the association is kept open between batches (opening one per object would cost more than the store) and
/// released when the forwarder is idle; a kept association the peer has dropped in the meantime is replaced at once.
/// Each object's outcome is mapped to delivered / retry later / rejected.</summary>
/// <remarks>XNAT answers its own server faults with C000 (anchors §3.8), so a C0xx is "rejected" only after the
/// forwarder's permanent-failure budget, never at the first answer.</remarks>
public sealed class DicomForwardTarget(string name, DestinationOptions options) : IForwardTarget, IAsyncDisposable
{
    private readonly DicomClientOptions _client = new()
    {
        Host = options.Host!,
        Port = options.Port,
        CalledAETitle = options.CalledAeTitle,
        CallingAETitle = options.CallingAeTitle,
    };
    private DicomClientAssociation? _association;

    public string Name { get; } = name;

    public async Task<IReadOnlyList<ForwardResult>> SendAsync(IReadOnlyList<QueuedObject> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var results = new List<ForwardResult>(batch.Count);
        var sources = new List<(QueuedObject Queued, DicomObjectSource Source)>(batch.Count);
        foreach (var q in batch)
        {
            // Spool files are ours: their meta group was made from the data set, so it need not be parsed again.
            try { sources.Add((q, DicomObjectSource.OpenWithTrustedMeta(q.Path))); }
            catch (DicomFormatException ex) { results.Add(new ForwardResult(q, ForwardOutcome.Rejected, "spooled file unreadable: " + ex.Message)); }
            catch (IOException ex) { results.Add(new ForwardResult(q, ForwardOutcome.RetryLater, ex.Message)); }
        }
        if (sources.Count == 0) return results;

        // A kept association serves only if the peer accepted a context for every object of the batch.
        bool reused = _association is not null && sources.All(s => _association.ChooseContext(s.Source) is not null);
        if (!reused) await CloseAsync().ConfigureAwait(false);
        for (int attempt = 0; ; attempt++)
        {
            if (_association is null)
            {
                try
                {
                    _association = await DicomClientAssociation.OpenAsync(_client, StorageScu.ProposeContexts(sources.Select(s => s.Source)), null, cancellationToken).ConfigureAwait(false);
                }
                catch (DicomNetworkException ex)
                {
                    foreach (var (q, _) in sources) results.Add(Classify(q, null, ex.IsTransient, $"{ex.Kind}: {ex.Message}"));
                    return results;
                }
            }
            int done = 0;
            try
            {
                foreach (var (q, source) in sources)
                {
                    var outcome = await _association.StoreAsync(source, cancellationToken).ConfigureAwait(false);
                    results.Add(Classify(q, outcome, outcome.IsTransient, $"{outcome.Failure}{(outcome.Status is { } s ? " status " + s : "")}: {outcome.Message}"));
                    done++;
                }
                return results;
            }
            catch (DicomNetworkException ex)
            {
                await CloseAsync().ConfigureAwait(false);
                // A kept association may have been closed by the peer while idle: try once more on a new one.
                if (reused && attempt == 0 && done == 0) { reused = false; continue; }
                foreach (var (q, _) in sources.Skip(done)) results.Add(Classify(q, null, ex.IsTransient, $"{ex.Kind}: {ex.Message}"));
                return results;
            }
        }
    }

    /// <summary>Releases the kept association (the forwarder calls this when its queue is empty).</summary>
    public async Task IdleAsync(CancellationToken cancellationToken)
    {
        var association = _association;
        _association = null;
        if (association is null) return;
        try { await association.ReleaseAsync(cancellationToken).ConfigureAwait(false); }
        catch (DicomNetworkException) { }
        catch (OperationCanceledException) { }
        finally { await association.DisposeAsync().ConfigureAwait(false); }
    }

    public async ValueTask DisposeAsync() => await IdleAsync(CancellationToken.None).ConfigureAwait(false);

    private async Task CloseAsync()
    {
        var association = _association;
        _association = null;
        if (association is not null) await association.DisposeAsync().ConfigureAwait(false);
    }

    private static ForwardResult Classify(QueuedObject q, StoreOutcome? outcome, bool transient, string message) =>
        outcome is { Succeeded: true } ? new ForwardResult(q, ForwardOutcome.Delivered)
        : new ForwardResult(q, transient ? ForwardOutcome.RetryLater : ForwardOutcome.Rejected, message);
}
