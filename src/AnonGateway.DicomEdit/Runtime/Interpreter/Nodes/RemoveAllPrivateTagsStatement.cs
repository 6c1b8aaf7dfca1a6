using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>removeAllPrivateTags</c> (spec §6.9).</summary>
internal sealed class RemoveAllPrivateTagsStatement(TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context) => Edits.PrivateTagRemoval.RemoveAll(context.Dataset);
}
