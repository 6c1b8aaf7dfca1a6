using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>if (c) {…} elseif (c) {…} else {…}</c> (spec §6.8): the first true branch runs, else the else block.</summary>
internal sealed class IfStatement(PreparedCondition[] conditions, PreparedStatement[][] blocks, PreparedStatement[]? elseBlock, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context)
    {
        for (int i = 0; i < conditions.Length; i++)
        {
            if (!conditions[i].Test(context)) continue;
            StatementList.Run(blocks[i], context);
            return;
        }
        if (elseBlock is not null) StatementList.Run(elseBlock, context);
    }
}
