namespace AnonGateway.Dicom.Network.Association;

/// <summary>Identification of this implementation on the wire (PS3.7 Annex D.3.3.2).</summary>
public static class DicomNetworkDefaults
{
    /// <summary>Our implementation class UID (a 2.25 UUID-derived UID, fixed for this product).</summary>
    public const string ImplementationClassUid = "2.25.227512690429357118830826624355718861063";

    /// <summary>Our implementation version name (at most 16 characters).</summary>
    public const string ImplementationVersionName = "ANONGW_1";

    /// <summary>The Verification SOP class (PS3.4 Annex A).</summary>
    public const string VerificationSopClassUid = "1.2.840.10008.1.1";
}
