namespace AnonGateway.DicomEdit.V4;

/// <summary>An action whose inputs were computed on the original object and that waits to be applied.</summary>
/// <param name="Statement">The statement it comes from (for error locations).</param>
/// <param name="Target">The tag or pattern assigned or deleted; null for echo.</param>
/// <param name="Value">The value to assign (never null for an assignment), the text to echo, or null for a deletion.</param>
/// <param name="IsDeletion">Whether the target is deleted.</param>
internal sealed record V4PendingEdit(V4Statement Statement, V4TagTarget? Target, string? Value, bool IsDeletion);
