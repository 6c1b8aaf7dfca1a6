using AnonGateway.DicomEdit.Runtime.Uids;

namespace AnonGateway.DicomEdit;

/// <summary>What the host gives a script for one run: host variables (XNAT's <c>project</c>, <c>subject</c>,
/// <c>session</c> and any others), where <c>echo</c> writes, cancellation, the lookup and URL providers, limits and
/// the UID memo. May be shared by runs on many objects (it is not changed by them).</summary>
public sealed class ScriptContext
{
    /// <summary>A context with no variables, no echo output and default limits.</summary>
    public ScriptContext() { }

    /// <summary>Host variables; bound wherever the script uses them and does not set them first (spec §7).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where <c>echo</c> prints (standard output for <c>anongw apply</c>, the log in the gateway); null discards.</summary>
    public TextWriter? Echo { get; init; }

    /// <summary>Cancels the run (checked between statements).</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary><c>getURL</c>; null means getURL fails with a clear error (it is off by default: an exfiltration vector).</summary>
    public IUrlFetcher? UrlFetcher { get; init; }

    /// <summary><c>lookup</c>'s table; null means every lookup gives no value.</summary>
    public ILookupProvider? Lookup { get; init; }

    /// <summary>Time and regex limits.</summary>
    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;

    /// <summary>The memo of <c>mapUID</c>/<c>mapReferencedUIDs</c>; share one across the objects of a study.</summary>
    public UidMap UidMap { get; init; } = new();

    /// <summary>Whether <c>reject[]</c> drops the object (true, XNAT's behaviour) or is only noted.</summary>
    public bool AllowReject { get; init; } = true;
}
