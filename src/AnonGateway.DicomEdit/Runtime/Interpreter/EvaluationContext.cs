using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Interpreter;

/// <summary>The state of one run of a script on one object: the data set, the variables (fresh per object,
/// spec §14.6), the host context and the script's prepared regexes.</summary>
internal sealed class EvaluationContext
{
    private readonly long _deadline;
    private int _statementsSinceCheck;

    public EvaluationContext(DicomDataset dataset, ScriptContext host, RegexCache regexes, IReadOnlyDictionary<string, ScriptValue>? initialVariables = null)
    {
        Dataset = dataset;
        Host = host;
        Regexes = regexes;
        Variables = initialVariables is null
            ? new Dictionary<string, ScriptValue>(StringComparer.Ordinal)
            : new Dictionary<string, ScriptValue>(initialVariables, StringComparer.Ordinal);
        _deadline = Environment.TickCount64 + (long)host.Limits.ObjectTimeout.TotalMilliseconds;
    }

    /// <summary>The object being edited (top level, group 0002 included when the host merged it in).</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The host's context.</summary>
    public ScriptContext Host { get; }

    /// <summary>The script's compiled regexes.</summary>
    public RegexCache Regexes { get; }

    /// <summary>Variables by (case-sensitive) name.</summary>
    public Dictionary<string, ScriptValue> Variables { get; }

    /// <summary>Set by <c>reject[]</c>.</summary>
    public bool Rejected { get; set; }

    /// <summary>Honours cancellation and the per-object time limit; cheap enough to call before every statement.</summary>
    public void CheckLimits()
    {
        Host.CancellationToken.ThrowIfCancellationRequested();
        // Reading the clock is amortised over a few statements; cancellation is exact.
        if (++_statementsSinceCheck < 16) return;
        _statementsSinceCheck = 0;
        if (Environment.TickCount64 > _deadline)
            throw new ScriptEvaluationException(RuntimeErrorCodes.LimitExceeded,
                $"the script ran longer than the limit of {Host.Limits.ObjectTimeout.TotalSeconds:0.#} s on this object");
    }
}
