using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>One script of a <see cref="ValidationReport"/>: its text and what compiling it found.</summary>
public sealed record ValidatedScript(SourceText Source, ScriptCompilation Compilation);
