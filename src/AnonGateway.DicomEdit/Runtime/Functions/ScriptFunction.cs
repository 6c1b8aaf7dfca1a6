using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary>A DicomEdit 6 built-in function (spec §9). Stateless: one instance serves every script and thread.</summary>
internal abstract class ScriptFunction
{
    /// <summary>The (case-sensitive) name scripts call it by.</summary>
    public abstract string Name { get; }

    /// <summary>The fewest arguments it takes.</summary>
    public abstract int MinArguments { get; }

    /// <summary>The most arguments it takes (extra ones are an error).</summary>
    public virtual int MaxArguments => int.MaxValue;

    /// <summary>Index of the argument that is a regular expression when written as a literal (prepared at compile time), or -1.</summary>
    public virtual int RegexArgument => -1;

    /// <summary>Runs the function on evaluated (not resolved: tag paths stay paths) arguments.</summary>
    /// <exception cref="ScriptEvaluationException">The arguments are not acceptable for this object.</exception>
    public abstract ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context);
}
