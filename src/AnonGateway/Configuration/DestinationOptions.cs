namespace AnonGateway.Configuration;

/// <summary>A destination: a DICOM storage SCP (XNAT's receiver) when <see cref="Host"/> is set, else a local folder.</summary>
public sealed class DestinationOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 104;
    public string CalledAeTitle { get; set; } = "XNAT";
    public string CallingAeTitle { get; set; } = "ANONGW";

    /// <summary>Write <c>Project: P Subject: S Session: E</c> into Patient Comments after the scripts, so XNAT files the session.</summary>
    public bool WriteXnatRoutingComments { get; set; }

    /// <summary>For a folder destination: where objects are written (as <c>StudyInstanceUID/SOPInstanceUID.dcm</c>).</summary>
    public string? Folder { get; set; }

    /// <summary>How many objects go over one association at most.</summary>
    public int MaxObjectsPerAssociation { get; set; } = 500;

    /// <summary>Whether this is a DICOM destination.</summary>
    public bool IsDicom => !string.IsNullOrWhiteSpace(Host);
}
