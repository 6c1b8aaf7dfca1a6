using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>describe</c> and <c>export</c> (spec §6.11): metadata only.</summary>
internal sealed class NoOpStatement(TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context) { }
}
