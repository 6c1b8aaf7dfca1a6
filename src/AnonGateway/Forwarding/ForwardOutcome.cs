namespace AnonGateway.Forwarding;

/// <summary>What became of one object sent to a destination (CTP's OK / RETRY / FAIL vocabulary).</summary>
public enum ForwardOutcome
{
    /// <summary>The destination answered success or warning: the spool copy may go.</summary>
    Delivered,
    /// <summary>A transient failure (connection refused or timed out, transient rejection, abort, A7xx): try again later.</summary>
    RetryLater,
    /// <summary>A permanent failure (permanent rejection, A9xx, C0xx): retried within a small budget, then dead-lettered.</summary>
    Rejected,
}

/// <summary>The outcome of one object, with a message for the log (no patient values).</summary>
public sealed record ForwardResult(Spool.QueuedObject Object, ForwardOutcome Outcome, string? Message = null);
