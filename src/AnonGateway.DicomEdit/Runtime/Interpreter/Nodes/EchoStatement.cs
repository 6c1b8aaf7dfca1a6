using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>echo value</c> (spec §6.6): the value's text and a newline (null prints <c>null</c>; a bare echo an
/// empty line) to the host's echo writer — never into the object.</summary>
internal sealed class EchoStatement(PreparedExpression? value, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context)
    {
        var text = value is null ? string.Empty : Functions.Arguments.Text(value.Evaluate(context), context) ?? "null";
        context.Host.Echo?.WriteLine(text);
    }
}
