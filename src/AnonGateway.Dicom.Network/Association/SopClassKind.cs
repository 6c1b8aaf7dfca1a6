namespace AnonGateway.Dicom.Network.Association;

/// <summary>How the acceptor treats an abstract syntax.</summary>
public enum SopClassKind
{
    /// <summary>The Verification SOP class (C-ECHO).</summary>
    Verification,
    /// <summary>A storage SOP class of the standard (C-STORE).</summary>
    Storage,
    /// <summary>A UID outside the standard's root (vendor or private): storage when the policy allows.</summary>
    Private,
    /// <summary>A standard SOP class of another service (query, worklist…): not supported.</summary>
    OtherStandard,
    /// <summary>Not a valid UID.</summary>
    Invalid,
}
