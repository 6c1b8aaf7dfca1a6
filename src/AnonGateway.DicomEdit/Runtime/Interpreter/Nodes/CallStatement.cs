using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A function call as a statement (spec §6.5); the result is discarded.</summary>
internal sealed class CallStatement(CallExpression call, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context) => call.Evaluate(context);
}
