using AnonGateway.Dicom.Network.Dimse;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>A sink's answer to one C-STORE: the status of the C-STORE-RSP and an optional Error Comment.</summary>
/// <param name="Status">Any status: success, warning (B000, B006, B007), failure (A7xx, A9xx, Cxxx…).</param>
/// <param name="ErrorComment">Sent in (0000,0902) with warnings and failures (at most 64 characters).</param>
public sealed record StoreResult(DimseStatus Status, string? ErrorComment = null)
{
    /// <summary>Success.</summary>
    public static StoreResult Success { get; } = new(DimseStatus.Success);
}
