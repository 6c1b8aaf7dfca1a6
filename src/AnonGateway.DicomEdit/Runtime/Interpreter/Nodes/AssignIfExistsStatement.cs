using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>path ?= value</c> (spec §6.2): every existing matching element gets the value; nothing is created.
/// No value (an absent attribute) writes an empty value, as measured with DicomEdit (the spec guessed a no-op).</summary>
internal sealed class AssignIfExistsStatement(TagPath target, PreparedExpression value, TextSpan span) : PreparedStatement(span)
{
    public override void Execute(EvaluationContext context)
    {
        var text = WritableText(value.Evaluate(context), context) ?? string.Empty;
        AssignIfExists.Apply(target, context.Dataset, text);
    }
}
