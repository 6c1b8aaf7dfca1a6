using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Dimse;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.TransferSyntaxes;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>Sends batches of objects: one association per batch (at most 128 presentation contexts), objects in
/// sequence (several outstanding when the peer accepted a window), every object's outcome classified.</summary>
public static class StorageScu
{
    /// <summary>Presentation contexts for <paramref name="objects"/>: one per (SOP class, transfer syntax) pair
    /// with that syntax alone, plus one per SOP class with explicit and implicit VR little endian for re-encoding.</summary>
    public static IReadOnlyList<PresentationContextRqItem> ProposeContexts(IEnumerable<DicomObjectSource> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var result = new List<PresentationContextRqItem>();
        var seenPairs = new HashSet<(string, string)>();
        var seenClasses = new HashSet<string>(StringComparer.Ordinal);
        byte id = 1;
        foreach (var o in objects)
        {
            if (seenPairs.Add((o.SopClassUid, o.TransferSyntaxUid)))
            {
                result.Add(new PresentationContextRqItem(id, o.SopClassUid, [o.TransferSyntaxUid]));
                id += 2;
            }
            if (seenClasses.Add(o.SopClassUid))
            {
                result.Add(new PresentationContextRqItem(id, o.SopClassUid, [TransferSyntax.ExplicitVRLittleEndian.Uid, TransferSyntax.ImplicitVRLittleEndian.Uid]));
                id += 2;
            }
        }
        return result;
    }

    /// <summary>Splits <paramref name="objects"/> into batches whose contexts fit one association (128).</summary>
    public static IEnumerable<IReadOnlyList<DicomObjectSource>> Batches(IEnumerable<DicomObjectSource> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var batch = new List<DicomObjectSource>();
        var pairs = new HashSet<(string, string)>();
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            int extra = (pairs.Contains((o.SopClassUid, o.TransferSyntaxUid)) ? 0 : 1) + (classes.Contains(o.SopClassUid) ? 0 : 1);
            if (pairs.Count + classes.Count + extra > 128)
            {
                yield return batch;
                batch = [];
                pairs.Clear();
                classes.Clear();
            }
            batch.Add(o);
            pairs.Add((o.SopClassUid, o.TransferSyntaxUid));
            classes.Add(o.SopClassUid);
        }
        if (batch.Count > 0) yield return batch;
    }

    /// <summary>Sends <paramref name="objects"/> over one association, reporting each outcome to
    /// <paramref name="progress"/>. A failure of the association marks every object not yet answered with it.</summary>
    public static async Task<IReadOnlyList<StoreOutcome>> SendBatchAsync(DicomClientOptions options, IReadOnlyList<DicomObjectSource> objects, Action<StoreOutcome>? progress, ILogger? logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(objects);
        var outcomes = new List<StoreOutcome>(objects.Count);
        void Report(StoreOutcome o)
        {
            outcomes.Add(o);
            progress?.Invoke(o);
        }
        if (objects.Count == 0) return outcomes;
        DicomClientAssociation association;
        try
        {
            association = await DicomClientAssociation.OpenAsync(options, ProposeContexts(objects), logger, cancellationToken).ConfigureAwait(false);
        }
        catch (DicomNetworkException ex)
        {
            foreach (var o in objects) Report(new StoreOutcome(o.Path, o.SopInstanceUid, null, ex.Kind, ex.Message, null));
            return outcomes;
        }
        await using (association.ConfigureAwait(false))
        {
            var outstanding = new Dictionary<ushort, (DicomObjectSource Source, string Ts)>();
            int next = 0;
            try
            {
                while (next < objects.Count || outstanding.Count > 0)
                {
                    while (next < objects.Count && outstanding.Count < association.Window)
                    {
                        var source = objects[next++];
                        var context = association.ChooseContext(source);
                        if (context is null)
                        {
                            Report(new StoreOutcome(source.Path, source.SopInstanceUid, null, DicomFailureKind.NoAcceptablePresentationContext,
                                $"the peer accepted no context for {source.SopClassUid} in {source.TransferSyntaxUid} or one it can be re-encoded to", null));
                            continue;
                        }
                        try
                        {
                            ushort id = await association.SendStoreRequestAsync(source, context, cancellationToken).ConfigureAwait(false);
                            outstanding[id] = (source, context.TransferSyntaxUid);
                        }
                        catch (DicomNetworkException ex) when (ex.Kind == DicomFailureKind.LocalError)
                        {
                            Report(new StoreOutcome(source.Path, source.SopInstanceUid, null, ex.Kind, ex.Message, null));
                        }
                    }
                    if (outstanding.Count == 0) continue;
                    var response = await association.ReceiveResponseAsync(cancellationToken).ConfigureAwait(false);
                    if (!outstanding.Remove(response.MessageIdBeingRespondedTo, out var done))
                    {
                        await association.Association.AbortAsync(UpperLayer.AbortReason.UnexpectedPduParameter, $"response to unknown message {response.MessageIdBeingRespondedTo}").ConfigureAwait(false);
                        throw new DicomNetworkException(DicomFailureKind.Aborted, $"the peer answered message {response.MessageIdBeingRespondedTo}, which is not outstanding");
                    }
                    Report(DicomClientAssociation.OutcomeOf(done.Source, response, done.Ts));
                }
                await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DicomNetworkException ex)
            {
                foreach (var (source, _) in outstanding.Values) Report(new StoreOutcome(source.Path, source.SopInstanceUid, null, ex.Kind, ex.Message, null));
                for (; next < objects.Count; next++) Report(new StoreOutcome(objects[next].Path, objects[next].SopInstanceUid, null, ex.Kind, ex.Message, null));
            }
        }
        return outcomes;
    }

    /// <summary>Opens every file (files that are not DICOM become <see cref="DicomFailureKind.LocalError"/> outcomes).</summary>
    public static (IReadOnlyList<DicomObjectSource> Sources, IReadOnlyList<StoreOutcome> Unreadable) OpenFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<DicomObjectSource>();
        var unreadable = new List<StoreOutcome>();
        foreach (var p in paths)
        {
            try { sources.Add(DicomObjectSource.Open(p)); }
            catch (Exception ex) when (ex is DicomFormatException or IOException or UnauthorizedAccessException)
            {
                unreadable.Add(new StoreOutcome(p, "", null, DicomFailureKind.LocalError, ex.Message, null));
            }
        }
        return (sources, unreadable);
    }

    /// <summary>Echoes the peer (one association: C-ECHO, release).</summary>
    /// <exception cref="DicomNetworkException">The association could not be established or failed.</exception>
    public static async Task<DimseStatus> EchoAsync(DicomClientOptions options, ILogger? logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var contexts = new[] { new PresentationContextRqItem(1, DicomNetworkDefaults.VerificationSopClassUid, [TransferSyntax.ImplicitVRLittleEndian.Uid, TransferSyntax.ExplicitVRLittleEndian.Uid]) };
        var association = await DicomClientAssociation.OpenAsync(options, contexts, logger, cancellationToken).ConfigureAwait(false);
        await using (association.ConfigureAwait(false))
        {
            var status = await association.EchoAsync(cancellationToken).ConfigureAwait(false);
            await association.ReleaseAsync(cancellationToken).ConfigureAwait(false);
            return status;
        }
    }
}
