using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>path := value</c> (spec §6.1): no value does nothing; otherwise the element is written, created with
/// its sequences, items and private block when absent.</summary>
internal sealed class AssignmentStatement(TagPath target, PreparedExpression value, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context)
    {
        var text = WritableText(value.Evaluate(context), context);
        if (text is null) return;
        PathResolver.Write(target, context.Dataset, text);
    }
}
