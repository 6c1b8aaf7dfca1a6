using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>condition ? action : action</c> (spec §6.7).</summary>
internal sealed class ConditionalStatement(PreparedCondition condition, PreparedStatement whenTrue, PreparedStatement? whenFalse, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context)
    {
        if (condition.Test(context)) whenTrue.Execute(context);
        else whenFalse?.Execute(context);
    }
}
