namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>How bad a diagnostic is. Only <see cref="Error"/> stops a script from being used.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The script cannot be used (XNAT would refuse it, or it can never do what it says).</summary>
    Error,

    /// <summary>The script runs, but probably not as intended.</summary>
    Warning,

    /// <summary>Information only.</summary>
    Info,
}
