using AnonGateway.Dicom.Data;

namespace AnonGateway.DicomEdit;

/// <summary>Scripts run one after the other on the same object as one pipeline — XNAT's site-wide script, then the
/// project script (spec §7) — each with the same host variables and its own fresh variables. Immutable, thread-safe.</summary>
public sealed class ScriptChain
{
    /// <summary>Creates a chain; an empty chain leaves objects unchanged.</summary>
    public ScriptChain(IEnumerable<CompiledScript> scripts)
    {
        ArgumentNullException.ThrowIfNull(scripts);
        Scripts = [.. scripts];
    }

    /// <summary>The scripts in the order they run.</summary>
    public IReadOnlyList<CompiledScript> Scripts { get; }

    /// <summary>Runs every script on <paramref name="dataset"/>; a rejection stops the chain (the object is dropped).</summary>
    /// <exception cref="MizerException">A script failed; the object is partly edited and must be discarded.</exception>
    public ScriptOutcome Apply(DicomDataset dataset, ScriptContext context)
    {
        foreach (var script in Scripts)
            if (script.Apply(dataset, context) == ScriptOutcome.Rejected) return ScriptOutcome.Rejected;
        return ScriptOutcome.Written;
    }
}
