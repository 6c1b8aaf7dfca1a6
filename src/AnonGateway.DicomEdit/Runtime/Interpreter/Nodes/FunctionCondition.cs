using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A bare function call as a condition (6.4+): booleans as they are, strings true iff "true" ignoring case.</summary>
internal sealed class FunctionCondition(CallExpression call) : PreparedCondition(call.Span)
{
    public override bool Test(EvaluationContext context) => Truth.Of(call.Evaluate(context), context);
}
