namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>The Source field of an A-ASSOCIATE-RJ PDU (PS3.8 Table 9-21).</summary>
public enum RejectSource : byte
{
    /// <summary>DICOM UL service-user.</summary>
    ServiceUser = 1,
    /// <summary>DICOM UL service-provider (ACSE related function).</summary>
    ServiceProviderAcse = 2,
    /// <summary>DICOM UL service-provider (Presentation related function).</summary>
    ServiceProviderPresentation = 3,
}
