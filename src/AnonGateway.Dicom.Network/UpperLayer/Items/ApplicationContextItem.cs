namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Application Context Item (type 10H, PS3.8 §9.3.2.1): the application context name, a UID.</summary>
/// <remarks>
/// <code>
/// 0     Item-type 10H
/// 1     Reserved (00H)
/// 2-3   Item-length
/// 4-    Application-context-name (the DICOM application context is 1.2.840.10008.3.1.1.1)
/// </code>
/// </remarks>
/// <param name="Name">The application context name.</param>
public sealed record ApplicationContextItem(string Name)
{
    /// <summary>The one application context of DICOM (PS3.7 Annex A.2.1).</summary>
    public const string DicomApplicationContextName = "1.2.840.10008.3.1.1.1";

    /// <summary>The DICOM application context.</summary>
    public static ApplicationContextItem Dicom { get; } = new(DicomApplicationContextName);
}
