using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Dates;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>shiftDateByIncrement[date, increment, units="days"]</c> (spec §9.18): the shifted DA string; the object
/// is not changed.</summary>
internal sealed class ShiftDateByIncrementFunction : ScriptFunction
{
    public override string Name => "shiftDateByIncrement";
    public override int MinArguments => 2;
    public override int MaxArguments => 3;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = DateShiftArguments.DateText(arguments[0], context, Name, DicomVR.DA);
        long seconds = DateShiftArguments.Seconds(arguments, 1, "days", context, Name);
        return ScriptValue.FromString(DicomDateTimeShifter.Shift(text, seconds));
    }
}
