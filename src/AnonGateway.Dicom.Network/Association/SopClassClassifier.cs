namespace AnonGateway.Dicom.Network.Association;

/// <summary>Classifies abstract syntaxes for negotiation. Storage SOP classes of the standard all live under
/// <c>1.2.840.10008.5.1.4.1.1.</c> except the few listed here (PS3.4 Table B.5-1), so a rule covers classes added
/// after this list was written.</summary>
public static class SopClassClassifier
{
    private const string StandardRoot = "1.2.840.10008.";
    private const string StorageRoot = "1.2.840.10008.5.1.4.1.1.";

    private static readonly HashSet<string> s_storageOutsideRoot = new(StringComparer.Ordinal)
    {
        "1.2.840.10008.5.1.4.34.7",   // RT Beams Delivery Instruction Storage
        "1.2.840.10008.5.1.4.34.10",  // RT Brachy Application Setup Delivery Instruction Storage
        "1.2.840.10008.5.1.4.38.1",   // Hanging Protocol Storage
        "1.2.840.10008.5.1.4.39.1",   // Color Palette Storage
        "1.2.840.10008.5.1.4.43.1",   // Generic Implant Template Storage
        "1.2.840.10008.5.1.4.44.1",   // Implant Assembly Template Storage
        "1.2.840.10008.5.1.4.45.1",   // Implant Template Group Storage
    };

    /// <summary>The kind of <paramref name="abstractSyntax"/>.</summary>
    public static SopClassKind Classify(string abstractSyntax)
    {
        if (!AnonGateway.Dicom.Uids.DicomUid.IsValid(abstractSyntax)) return SopClassKind.Invalid;
        if (abstractSyntax == DicomNetworkDefaults.VerificationSopClassUid) return SopClassKind.Verification;
        if (abstractSyntax.StartsWith(StorageRoot, StringComparison.Ordinal) || s_storageOutsideRoot.Contains(abstractSyntax)) return SopClassKind.Storage;
        return abstractSyntax.StartsWith(StandardRoot, StringComparison.Ordinal) ? SopClassKind.OtherStandard : SopClassKind.Private;
    }
}
