using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>collectValues[…]</c> (6.6, spec §9.25): the list of the given strings and the current values of the
/// elements the paths match.</summary>
internal sealed class CollectValuesFunction : ScriptFunction
{
    public override string Name => "collectValues";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var known = KnownValues.Collect(arguments, context);
        var list = new ScriptValue[known.Count];
        for (int i = 0; i < list.Length; i++) list[i] = ScriptValue.FromString(known[i]);
        return ScriptValue.FromList(list);
    }
}
