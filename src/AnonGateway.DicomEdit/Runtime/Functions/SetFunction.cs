using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>set["direct path", value]</c> (spec §9.20): writes the value, creating the element and any sequence
/// items on the way; VR as for <c>:=</c> (a creator element is LO). No value: nothing happens.</summary>
internal sealed class SetFunction : ScriptFunction
{
    public override string Name => "set";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var path = DirectPathArgument.Parse(arguments[0], context, Name);
        // A path literal as the value is not read: DicomEdit writes its text (measured: (0008,0018) gives 00080018).
        var value = arguments[1].ToText();
        if (value is null) return ScriptValue.Null;
        var ds = context.Dataset;
        for (int i = 0; i < path.Steps.Count - 1; i++)
        {
            var step = path.Steps[i];
            if (step.Item < 0)
                throw new ScriptEvaluationException(RuntimeErrorCodes.MissingItemNumber, $"set: {step.Pattern} needs an item number in {path.Text}");
            if (ds.Get(step.Pattern.ExactTag) is not DicomSequence sq)
            {
                sq = new DicomSequence(step.Pattern.ExactTag);
                ds.Set(sq);
            }
            while (sq.Items.Count <= step.Item) sq.Add(new DicomDataset());
            ds = sq.Items[step.Item];
        }
        var tag = path.Last.Pattern.ExactTag;
        if (tag.IsPrivateCreator && !ds.Contains(tag)) ElementText.Write(ds, tag, DicomVR.LO, value);
        else PathResolver.WriteElement(context.Dataset, ds, tag, value);
        return ScriptValue.Null;
    }
}
