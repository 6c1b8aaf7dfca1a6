using System.Collections.Frozen;

namespace AnonGateway.DicomEdit.V4;

/// <summary>What the checker learned about a DicomEdit 4 script: its variables and which ones the host supplies.</summary>
/// <param name="Variables">Script-initialised variables by name (letter case ignored).</param>
/// <param name="ExternalVariables">Variables used but never initialised, as first written; the host must supply them.</param>
/// <param name="FirstUses">For each external variable (letter case ignored), its first use (for runtime messages).</param>
public sealed record V4ScriptModel(
    FrozenDictionary<string, V4VariableInitialization> Variables,
    FrozenSet<string> ExternalVariables,
    FrozenDictionary<string, V4VariableReference> FirstUses);
