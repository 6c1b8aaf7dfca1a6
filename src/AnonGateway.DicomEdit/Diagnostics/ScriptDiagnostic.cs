using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>One problem found in a script: a stable code, severity, location, message and optional hint.</summary>
/// <param name="Code">Stable code from a catalogue (<see cref="DiagnosticDescriptors"/>, the DE4 and runtime catalogues).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Source">The script the span refers to.</param>
/// <param name="Span">Where, in the original text; zero length for a position (e.g. a missing token).</param>
/// <param name="Message">What was expected, in the script writer's terms.</param>
/// <param name="Hint">How to fix it, when there is something useful to say.</param>
public sealed record ScriptDiagnostic(string Code, DiagnosticSeverity Severity, SourceText Source, TextSpan Span, string Message, string? Hint)
{
    /// <summary>0-based line and column of the span's start.</summary>
    public LinePosition Position => Source.GetLinePosition(Span.Start);

    /// <summary>Whether this diagnostic makes the script unusable.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary><c>FILE:LINE:COL: error CODE: message</c> (1-based), the first line of the text format.</summary>
    public override string ToString() =>
        $"{Source.FilePath}:{Position}: {DiagnosticFormatter.SeverityName(Severity)} {Code}: {Message}";
}
