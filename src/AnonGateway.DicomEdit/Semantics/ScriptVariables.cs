namespace AnonGateway.DicomEdit.Semantics;

/// <summary>The variables of a DicomEdit 6 script (spec §2 step 6, §7).</summary>
/// <param name="Initialized">Names the script sets with <c>name := …</c> anywhere.</param>
/// <param name="External">Names the host may supply: read before the script sets them (in document order), in any
/// position including function arguments (the recommended superset of upstream, spec §14.5), plus names marked
/// <c>describe name hidden|const|immutable</c>.</param>
public sealed record ScriptVariables(IReadOnlySet<string> Initialized, IReadOnlySet<string> External);
