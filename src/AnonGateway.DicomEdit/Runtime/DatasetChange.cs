namespace AnonGateway.DicomEdit.Runtime;

/// <summary>One difference between two versions of a data set, for <c>anongw apply --diff</c>.</summary>
/// <param name="Path">Where: e.g. <c>(0008,1110)[0]/(0008,1155)</c>.</param>
/// <param name="Kind">Added, changed or removed.</param>
/// <param name="Before">The VR and value before (null when added).</param>
/// <param name="After">The VR and value after (null when removed).</param>
/// <remarks>Holds attribute values: for an operator's dry run only, never for logs.</remarks>
public sealed record DatasetChange(string Path, DatasetChangeKind Kind, string? Before, string? After)
{
    /// <summary><c>+ path VR value</c>, <c>- path VR value</c> or <c>~ path VR before -> VR after</c>.</summary>
    public override string ToString() => Kind switch
    {
        DatasetChangeKind.Added => $"+ {Path} {After}",
        DatasetChangeKind.Removed => $"- {Path} {Before}",
        _ => $"~ {Path} {Before} -> {After}",
    };
}
