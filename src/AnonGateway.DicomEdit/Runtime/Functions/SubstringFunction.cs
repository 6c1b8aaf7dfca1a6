using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>substring[v, begin, end]</c> (spec §9.5): Java semantics, 0-based, end exclusive, no clamping.</summary>
internal sealed class SubstringFunction : ScriptFunction
{
    public override string Name => "substring";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.RequiredText(arguments[0], context, Name, 0);
        long begin = Arguments.Integer(arguments[1], context, Name, 1);
        long end = Arguments.Integer(arguments[2], context, Name, 2);
        if (begin < 0 || begin > end || end > text.Length)
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                $"substring: the range [{begin}, {end}) does not fit this value of {text.Length} characters (0 <= begin <= end <= length is required)");
        return ScriptValue.FromString(text[(int)begin..(int)end]);
    }
}
