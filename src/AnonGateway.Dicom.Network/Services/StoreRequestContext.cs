using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>What a storage sink knows about one incoming C-STORE.</summary>
public sealed record StoreRequestContext
{
    /// <summary>The association (calling/called AE title, remote endpoint, contexts…).</summary>
    public required AssociationParameters Association { get; init; }

    /// <summary>Affected SOP Class UID of the request.</summary>
    public required string SopClassUid { get; init; }

    /// <summary>Affected SOP Instance UID of the request.</summary>
    public required string SopInstanceUid { get; init; }

    /// <summary>The transfer syntax of the data set bytes (the presentation context's).</summary>
    public required TransferSyntax TransferSyntax { get; init; }

    /// <summary>The request's Message ID.</summary>
    public ushort MessageId { get; init; }

    /// <summary>The presentation context the request came on.</summary>
    public byte PresentationContextId { get; init; }

    /// <summary>Move Originator AE Title (0000,1030), when the store is part of a C-MOVE.</summary>
    public string? MoveOriginatorAETitle { get; init; }
}
