using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>delete["direct path"]</c> (spec §9.20): removes exactly that element (private data and creators are
/// addressed by number); absent is a no-op; extra arguments are ignored.</summary>
internal sealed class DeleteFunction : ScriptFunction
{
    public override string Name => "delete";
    public override int MinArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var path = DirectPathArgument.Parse(arguments[0], context, Name);
        var ds = context.Dataset;
        for (int i = 0; i < path.Steps.Count - 1; i++)
        {
            var step = path.Steps[i];
            if (ds.Get(step.Pattern.ExactTag) is not DicomSequence sq || step.Item < 0 || step.Item >= sq.Items.Count) return ScriptValue.Null;
            ds = sq.Items[step.Item];
        }
        ds.Remove(path.Last.Pattern.ExactTag);
        return ScriptValue.Null;
    }
}
