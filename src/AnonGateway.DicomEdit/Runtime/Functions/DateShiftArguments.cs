using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Dates;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary>The arguments shared by the date-shifting functions (spec §9.17–9.19): increment × unit in seconds,
/// and a first argument that is a string or a singular path of an allowed VR.</summary>
internal static class DateShiftArguments
{
    /// <summary>The shift in seconds from an increment and an optional unit argument.</summary>
    public static long Seconds(ReadOnlySpan<ScriptValue> arguments, int incrementAt, string defaultUnit, EvaluationContext context, string function)
    {
        long increment = Arguments.Integer(arguments[incrementAt], context, function, incrementAt);
        var unit = arguments.Length > incrementAt + 1 ? Arguments.RequiredText(arguments[incrementAt + 1], context, function, incrementAt + 1) : defaultUnit;
        if (!DicomDateTimeShifter.TryGetUnitSeconds(unit, out long perUnit))
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                $"{function}: '{unit}' is not a unit; use years, days, hours, minutes or seconds");
        try { return checked(increment * perUnit); }
        catch (OverflowException)
        {
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument, $"{function}: the increment is too large");
        }
    }

    /// <summary>The date text of the first argument; a path must be of one of <paramref name="allowed"/> VRs.</summary>
    public static string DateText(ScriptValue value, EvaluationContext context, string function, params DicomVR[] allowed)
    {
        string? text;
        if (value.Kind == ScriptValueKind.Path)
        {
            text = Paths.PathResolver.ReadValue(value.AsPath!, context.Dataset, out var vr);
            if (Array.IndexOf(allowed, vr) < 0)
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                    $"{function}: {value.AsPath!.Text} has VR {vr.Code()}; it must be {string.Join(" or ", allowed.Select(v => v.Code()))}");
        }
        else text = value.ToText();
        return text ?? throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidDateTime, value.Kind == ScriptValueKind.Path
            ? $"{function}: there is no date to shift: {value.AsPath!.Text} is absent in this object (guard with isPresent[{value.AsPath!.Text}])"
            : $"{function}: there is no date to shift (argument 1 has no value)");
    }
}
