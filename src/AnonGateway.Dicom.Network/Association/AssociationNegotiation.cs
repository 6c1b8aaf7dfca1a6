using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.Association;

/// <summary>The outcome of <see cref="AssociationNegotiator.Negotiate"/>: an A-ASSOCIATE-AC with the parameters it
/// establishes, or an A-ASSOCIATE-RJ.</summary>
public sealed record AssociationNegotiation
{
    private AssociationNegotiation() { }

    /// <summary>The accept PDU, when accepted.</summary>
    public AAssociateAcPdu? Accept { get; private init; }

    /// <summary>The parameters of the association, when accepted.</summary>
    public AssociationParameters? Parameters { get; private init; }

    /// <summary>The reject PDU, when rejected.</summary>
    public AAssociateRjPdu? Reject { get; private init; }

    /// <summary>Whether the request was accepted.</summary>
    public bool IsAccepted => Accept is not null;

    /// <summary>An acceptance.</summary>
    public static AssociationNegotiation Accepted(AAssociateAcPdu accept, AssociationParameters parameters) => new() { Accept = accept, Parameters = parameters };

    /// <summary>A rejection.</summary>
    public static AssociationNegotiation Rejected(AAssociateRjPdu reject) => new() { Reject = reject };
}
