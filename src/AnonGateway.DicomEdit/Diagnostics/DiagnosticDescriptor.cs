using System.Globalization;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>A catalogue entry: a stable code, its severity and the message (and hint) templates.</summary>
/// <param name="Code">Stable code, e.g. <c>DE2003</c>.</param>
/// <param name="Severity">Default severity.</param>
/// <param name="MessageFormat">Composite format (invariant culture) for the message.</param>
/// <param name="HintFormat">Composite format for the hint (same arguments), or null.</param>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string MessageFormat, string? HintFormat = null)
{
    /// <summary>Creates a diagnostic with this entry's message and hint.</summary>
    public ScriptDiagnostic Create(SourceText source, TextSpan span, params object?[] args) =>
        new(Code, Severity, source, span, Format(MessageFormat, args), HintFormat is null ? null : Format(HintFormat, args));

    /// <summary>Creates a diagnostic with an explicit hint (null: none) instead of the catalogue's.</summary>
    public ScriptDiagnostic CreateWithHint(SourceText source, TextSpan span, string? hint, params object?[] args) =>
        new(Code, Severity, source, span, Format(MessageFormat, args), hint);

    // Always formatted, so that catalogue texts can write DicomEdit's braces as {{ and }}.
    private static string Format(string format, object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, format, args);
}
