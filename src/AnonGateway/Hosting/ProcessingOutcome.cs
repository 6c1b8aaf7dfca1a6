namespace AnonGateway.Hosting;

/// <summary>What <see cref="ObjectProcessor"/> did with an object.</summary>
public enum ProcessingOutcome
{
    /// <summary>Anonymized and durably queued for its destination.</summary>
    Queued,
    /// <summary>A script rejected it: dropped, logged.</summary>
    Rejected,
    /// <summary>A script failed: the original is in quarantine, nothing is forwarded.</summary>
    Quarantined,
}

/// <summary>The outcome, and for a quarantined object the script location (1-based) for the sender's Error Comment.</summary>
public sealed record ProcessingResult(ProcessingOutcome Outcome, string? Script = null, int Line = 0, int Column = 0);
