using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>name := value</c> (spec §6.4): binds a global variable to the value now (a path is read now; a list keeps its paths).</summary>
internal sealed class VariableInitializationStatement(string name, PreparedExpression value, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context) => context.Variables[name] = value.Evaluate(context);
}
