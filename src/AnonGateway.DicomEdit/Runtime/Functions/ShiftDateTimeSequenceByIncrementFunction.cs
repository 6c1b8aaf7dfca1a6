using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Dates;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>shiftDateTimeSequenceByIncrement[seconds, path, …]</c> (spec §9.19): shifts every matching element in
/// place; empty or unparsable values are skipped, as upstream does.</summary>
internal sealed class ShiftDateTimeSequenceByIncrementFunction : ScriptFunction
{
    public override string Name => "shiftDateTimeSequenceByIncrement";
    public override int MinArguments => 2;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        long seconds = Arguments.Integer(arguments[0], context, Name, 0);
        var paths = Arguments.Paths(arguments[1..], Name, 1);
        foreach (var m in PathMatcher.MatchAll(paths, context.Dataset))
        {
            if (m.Item is not null) continue;
            var text = ElementText.Read(m.Container, m.Element);
            if (string.IsNullOrEmpty(text)) continue;
            string shifted;
            try { shifted = DicomDateTimeShifter.Shift(text, seconds); }
            catch (ScriptEvaluationException) { continue; }
            ElementText.Write(m.Container, m.Element.Tag, m.Element.VR, shifted);
        }
        return ScriptValue.Null;
    }
}
