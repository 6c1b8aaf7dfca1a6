using AnonGateway.DicomEdit.Diagnostics;

namespace AnonGateway.DicomEdit;

/// <summary>Which language XNAT would run a script as, and why.</summary>
/// <param name="Language">DicomEdit 4 or 6.</param>
/// <param name="Version">The version named by the version line (quotes removed), or null when there is none.</param>
/// <param name="VersionLine">0-based line of the version line XNAT uses, or null.</param>
/// <param name="MalformedVersionLine">0-based line of a malformed version statement (<c>version := "6.1"</c>), or null.</param>
/// <param name="Diagnostics">Problems with the version line (near misses, unknown versions).</param>
public sealed record LanguageSelection(DicomEditLanguage Language, string? Version, int? VersionLine, int? MalformedVersionLine, IReadOnlyList<ScriptDiagnostic> Diagnostics)
{
    /// <summary>Whether the version line makes the script unusable.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
