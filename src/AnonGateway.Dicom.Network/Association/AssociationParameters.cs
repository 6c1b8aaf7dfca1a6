using System.Net;
using AnonGateway.Dicom.Network.UpperLayer.Items;

namespace AnonGateway.Dicom.Network.Association;

/// <summary>Everything agreed for an established association, seen from our side.</summary>
public sealed record AssociationParameters
{
    /// <summary>The called AE title of the request.</summary>
    public required string CalledAETitle { get; init; }

    /// <summary>The calling AE title of the request.</summary>
    public required string CallingAETitle { get; init; }

    /// <summary>The peer's address, when known.</summary>
    public IPEndPoint? RemoteEndPoint { get; init; }

    /// <summary>All contexts by ID, accepted and rejected.</summary>
    public required IReadOnlyDictionary<byte, PresentationContext> PresentationContexts { get; init; }

    /// <summary>The maximum P-DATA-TF length the peer can receive (0 = no limit): what we fragment to.</summary>
    public uint PeerMaximumPduLength { get; init; }

    /// <summary>The maximum P-DATA-TF length we declared: what we enforce when reading.</summary>
    public uint OurMaximumPduLength { get; init; }

    /// <summary>How many operations the requestor may have outstanding (1 when no window was negotiated; 0 = unlimited).</summary>
    public ushort MaximumOperationsInvoked { get; init; } = 1;

    /// <summary>How many operations the acceptor performs at once (1 when no window was negotiated; 0 = unlimited).</summary>
    public ushort MaximumOperationsPerformed { get; init; } = 1;

    /// <summary>The peer's implementation class UID.</summary>
    public string? PeerImplementationClassUid { get; init; }

    /// <summary>The peer's implementation version name.</summary>
    public string? PeerImplementationVersionName { get; init; }

    /// <summary>The user identity the requestor sent, if any (credentials; never log it).</summary>
    public UserIdentityRqItem? UserIdentity { get; init; }

    /// <summary>The accepted contexts for <paramref name="abstractSyntax"/>.</summary>
    public IEnumerable<PresentationContext> AcceptedFor(string abstractSyntax) =>
        PresentationContexts.Values.Where(c => c.IsAccepted && c.AbstractSyntax == abstractSyntax).OrderBy(c => c.Id);
}
