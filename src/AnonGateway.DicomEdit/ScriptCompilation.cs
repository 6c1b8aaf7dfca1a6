using AnonGateway.DicomEdit.Diagnostics;

namespace AnonGateway.DicomEdit;

/// <summary>The result of compiling a script: the runnable script (null when there is any error) and every
/// diagnostic, sorted by position.</summary>
/// <param name="Script">The compiled script, or null.</param>
/// <param name="Diagnostics">Every diagnostic of language selection, lexer, parser and checker.</param>
/// <param name="Language">The language XNAT would run the script as.</param>
public sealed record ScriptCompilation(CompiledScript? Script, IReadOnlyList<ScriptDiagnostic> Diagnostics, DicomEditLanguage Language)
{
    /// <summary>Whether any error was found (then <see cref="Script"/> is null).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>The version the script declares (<c>6.6</c>), or null.</summary>
    public string? DeclaredVersion { get; init; }
}
