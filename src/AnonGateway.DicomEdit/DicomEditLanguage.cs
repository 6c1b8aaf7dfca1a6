namespace AnonGateway.DicomEdit;

/// <summary>The two DicomEdit language generations XNAT can run (spec §1).</summary>
public enum DicomEditLanguage
{
    /// <summary>DicomEdit 4.x (the "4.2" language): a script without a <c>version</c> line.</summary>
    V4,

    /// <summary>DicomEdit 6.0–6.7: a script whose first line starting with <c>version</c> names a 6.x version.</summary>
    V6,
}
