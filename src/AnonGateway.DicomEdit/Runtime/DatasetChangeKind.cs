namespace AnonGateway.DicomEdit.Runtime;

/// <summary>What happened to an attribute between two versions of a data set.</summary>
public enum DatasetChangeKind
{
    /// <summary>Present only after.</summary>
    Added,
    /// <summary>Present in both with a different VR, value or item count.</summary>
    Changed,
    /// <summary>Present only before.</summary>
    Removed,
}
