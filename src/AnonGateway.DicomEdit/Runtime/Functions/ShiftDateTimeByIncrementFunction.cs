using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Dates;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>shiftDateTimeByIncrement[dt, increment, units="seconds"]</c> (spec §9.18): the shifted DA/DT string.</summary>
internal sealed class ShiftDateTimeByIncrementFunction : ScriptFunction
{
    public override string Name => "shiftDateTimeByIncrement";
    public override int MinArguments => 2;
    public override int MaxArguments => 3;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = DateShiftArguments.DateText(arguments[0], context, Name, DicomVR.DA, DicomVR.DT);
        long seconds = DateShiftArguments.Seconds(arguments, 1, "seconds", context, Name);
        return ScriptValue.FromString(DicomDateTimeShifter.Shift(text, seconds));
    }
}
