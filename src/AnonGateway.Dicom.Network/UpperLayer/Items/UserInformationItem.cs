namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>User Information Item (type 50H, PS3.8 §9.3.2.3 and PS3.7 Annex D.3.3): the sub-items of an
/// A-ASSOCIATE-RQ or -AC.</summary>
/// <remarks><c>0: 50H, 1: 00H, 2-3: item-length, 4-: user-data sub-items</c>. Sub-items are written in type order
/// (51H, 52H, 53H, 54H…, 55H, 56H…, 58H/59H, then unknown ones).</remarks>
public sealed record UserInformationItem
{
    /// <summary>The Maximum Length sub-item (required in RQ and AC).</summary>
    public MaximumLengthItem? MaximumLength { get; init; }

    /// <summary>The Implementation Class UID sub-item (required in RQ and AC).</summary>
    public ImplementationClassUidItem? ImplementationClassUid { get; init; }

    /// <summary>The optional Implementation Version Name sub-item.</summary>
    public ImplementationVersionNameItem? ImplementationVersionName { get; init; }

    /// <summary>The optional Asynchronous Operations Window sub-item.</summary>
    public AsynchronousOperationsWindowItem? AsynchronousOperationsWindow { get; init; }

    /// <summary>SCP/SCU Role Selection sub-items, one per SOP class.</summary>
    public IReadOnlyList<RoleSelectionItem> RoleSelections { get; init; } = [];

    /// <summary>SOP Class Extended Negotiation sub-items, one per SOP class.</summary>
    public IReadOnlyList<SopClassExtendedNegotiationItem> SopClassExtendedNegotiations { get; init; } = [];

    /// <summary>The User Identity sub-item of a request.</summary>
    public UserIdentityRqItem? UserIdentityRq { get; init; }

    /// <summary>The User Identity sub-item of an accept.</summary>
    public UserIdentityAcItem? UserIdentityAc { get; init; }

    /// <summary>Sub-items of other types, kept as read and ignored.</summary>
    public IReadOnlyList<UnknownUserInformationSubItem> Unknown { get; init; } = [];
}
