using AnonGateway.Spool;

namespace AnonGateway.Forwarding;

/// <summary>A destination that takes batches of spooled objects (one study, at most one association's worth).</summary>
public interface IForwardTarget
{
    /// <summary>The destination's configured name.</summary>
    string Name { get; }

    /// <summary>Sends <paramref name="batch"/> and returns one result per object, in any order. Must not throw for
    /// ordinary failures: classify them instead. Objects missing from the result are treated as <see cref="ForwardOutcome.RetryLater"/>.</summary>
    Task<IReadOnlyList<ForwardResult>> SendAsync(IReadOnlyList<QueuedObject> batch, CancellationToken cancellationToken);

    /// <summary>The queue is empty for now: release what is kept open for the next batch (an association).</summary>
    Task IdleAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
