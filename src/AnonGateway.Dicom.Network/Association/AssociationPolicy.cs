namespace AnonGateway.Dicom.Network.Association;

/// <summary>The acceptor's rules for <see cref="AssociationNegotiator"/>: who may associate, which SOP classes and
/// transfer syntaxes are accepted, and the limits we declare.</summary>
public sealed record AssociationPolicy
{
    /// <summary>Decides on called/calling AE title and remote address; null admits, a rejection rejects. Default: admit all.</summary>
    public Func<AssociationCandidate, AssociationRejection?> Admit { get; init; } = static _ => null;

    /// <summary>Accept storage contexts for SOP classes outside the standard's UID root (private, vendor) and unknown
    /// ones under the storage root. Default true: the gateway stores what it is sent.</summary>
    public bool AcceptPrivateSopClasses { get; init; } = true;

    /// <summary>Transfer syntaxes we can store as received (default: every syntactically valid UID, compressed and
    /// unknown ones included, since the bytes are written as they came).</summary>
    public Func<string, bool> CanStoreTransferSyntax { get; init; } = static uid => AnonGateway.Dicom.Uids.DicomUid.IsValid(uid);

    /// <summary>Transfer syntax UIDs in our order of preference; a proposed syntax in this list wins over the
    /// sender's order. Empty (default): keep the sender's first storable choice.</summary>
    public IReadOnlyList<string> TransferSyntaxPreference { get; init; } = [];

    /// <summary>The maximum P-DATA-TF length we declare and enforce (0 = unlimited, capped by the reader's hard ceiling).</summary>
    public uint MaximumPduLength { get; init; } = 65536;

    /// <summary>How many operations we let the requestor invoke at once when it proposes a window (0 = unlimited).</summary>
    public ushort MaximumOperationsInvoked { get; init; } = 16;

    /// <summary>How many operations we are prepared to perform for the requestor at once (we are SCP only: 1).</summary>
    public ushort MaximumOperationsPerformed { get; init; } = 1;

    /// <summary>Our implementation class UID.</summary>
    public string ImplementationClassUid { get; init; } = DicomNetworkDefaults.ImplementationClassUid;

    /// <summary>Our implementation version name.</summary>
    public string ImplementationVersionName { get; init; } = DicomNetworkDefaults.ImplementationVersionName;
}
