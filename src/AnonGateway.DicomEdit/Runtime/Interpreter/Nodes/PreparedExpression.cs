using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A value of a compiled script, prepared once (paths parsed, functions bound, constants made) and
/// evaluated per object. Immutable.</summary>
internal abstract class PreparedExpression(TextSpan span)
{
    /// <summary>Where it is in the script.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The value for the current object (tag paths in argument/list position stay paths).</summary>
    public abstract ScriptValue Evaluate(EvaluationContext context);
}
