using AnonGateway.Dicom.Network.Dimse;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>What happened to one object an SCU tried to store.</summary>
/// <param name="Path">The file.</param>
/// <param name="SopInstanceUid">The object's SOP Instance UID (empty when the file could not be read).</param>
/// <param name="Status">The peer's C-STORE-RSP status, when it answered.</param>
/// <param name="Failure">The failure class, when the object was not stored (null on success or warning).</param>
/// <param name="Message">The Error Comment or the failure's message.</param>
/// <param name="TransferSyntaxUid">The syntax the object was sent in (differs from the file's when re-encoded).</param>
public sealed record StoreOutcome(string Path, string SopInstanceUid, DimseStatus? Status, DicomFailureKind? Failure, string? Message, string? TransferSyntaxUid)
{
    /// <summary>Stored (success or warning status).</summary>
    public bool Succeeded => Failure is null && Status is { IsSuccessOrWarning: true };

    /// <summary>Whether trying again later may succeed: transient network failures and A7xx (out of resources).</summary>
    public bool IsTransient => Failure switch
    {
        null => false,
        DicomFailureKind.FailureStatus => Status is { IsOutOfResources: true },
        var kind => DicomNetworkException.IsTransientKind(kind.Value),
    };
}
