using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>- path</c> (spec §6.3).</summary>
internal sealed class DeletionStatement(TagPath target, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context) => Deletion.Apply(target, context.Dataset);
}
