namespace AnonGateway.Spool;

/// <summary>Why an object sits in <c>deadletter/DEST/</c>: written beside it as JSON, read by <c>anongw status</c>.</summary>
/// <param name="Destination">The destination that refused it.</param>
/// <param name="Reason">What the destination answered, or why sending was given up.</param>
/// <param name="Time">When it was dead-lettered.</param>
public sealed record DeadLetterRecord(string Destination, string Reason, DateTimeOffset Time);
