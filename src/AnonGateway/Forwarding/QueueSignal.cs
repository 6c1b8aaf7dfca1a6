using System.Collections.Concurrent;
using System.Threading.Channels;

namespace AnonGateway.Forwarding;

/// <summary>Wakes a destination's forwarder when an object is queued for it, so forwarding does not wait for the next poll.</summary>
public sealed class QueueSignal
{
    private readonly ConcurrentDictionary<string, Channel<bool>> _channels = new(StringComparer.Ordinal);

    private Channel<bool> For(string destination) =>
        _channels.GetOrAdd(destination, _ => Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite }));

    /// <summary>Says that <paramref name="destination"/> has new work (coalesced: many signals wake it once).</summary>
    public void Notify(string destination) => For(destination).Writer.TryWrite(true);

    /// <summary>Waits until <paramref name="destination"/> is signalled (true) or <paramref name="timeout"/> passes (false).</summary>
    public async Task<bool> WaitAsync(string destination, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var reader = For(destination).Reader;
        if (reader.TryRead(out _)) return true;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await reader.ReadAsync(cts.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
