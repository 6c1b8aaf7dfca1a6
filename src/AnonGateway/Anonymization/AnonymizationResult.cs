using AnonGateway.DicomEdit;

namespace AnonGateway.Anonymization;

/// <summary>How the script chain ended for one object.</summary>
public enum AnonymizationOutcome
{
    /// <summary>Every script ran: the edited data set is to be forwarded.</summary>
    Written,
    /// <summary>A script called <c>reject</c>: drop the object (not an error).</summary>
    Rejected,
    /// <summary>A script failed: the object must not be forwarded; quarantine the original.</summary>
    Failed,
}

/// <summary>The result of the chain on one object.</summary>
/// <param name="Outcome">Written, rejected or failed.</param>
/// <param name="ScriptPath">The script that rejected or failed (null when written).</param>
/// <param name="Error">The failure, with its script location (never a patient value).</param>
public sealed record AnonymizationResult(AnonymizationOutcome Outcome, string? ScriptPath = null, MizerException? Error = null);
