using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A string or number literal (a number is its source text, spec §3).</summary>
internal sealed class ConstantExpression(ScriptValue value, TextSpan span) : PreparedExpression(span)
{
    public ScriptValue Value { get; } = value;

    public override ScriptValue Evaluate(EvaluationContext context) => Value;
}
