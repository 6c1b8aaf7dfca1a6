namespace AnonGateway.Spool;

/// <summary>Why an object sits in quarantine: written beside it as JSON, read by <c>anongw replay</c>.
/// Holds locations and identifiers only, never a patient value.</summary>
public sealed record QuarantineRecord
{
    public required string Route { get; init; }
    public string? ScriptFile { get; init; }
    public int? Line { get; init; }
    public int? Column { get; init; }
    public string? Statement { get; init; }
    public string? Code { get; init; }
    public required string Error { get; init; }
    public required DateTimeOffset Time { get; init; }
    public required string CallingAeTitle { get; init; }
    public required string CalledAeTitle { get; init; }
    public string? RemoteAddress { get; init; }
    public string? SopInstanceUid { get; init; }
    public string? SopClassUid { get; init; }
}
