using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>format[pattern, v1, …]</c> (spec §9.3): Java MessageFormat expansion; lists are expanded, paths
/// resolved, an absent value prints <c>null</c>.</summary>
internal sealed class FormatFunction : ScriptFunction
{
    public override string Name => "format";
    public override int MinArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var pattern = arguments[0].ToText()
            ?? throw new ScriptEvaluationException(RuntimeErrorCodes.NullArgument, "format: the pattern (argument 1) has no value");
        var values = Arguments.Flatten(arguments[1..]);
        var texts = new string?[values.Count];
        for (int i = 0; i < texts.Length; i++) texts[i] = Arguments.Text(values[i], context);
        return ScriptValue.FromString(Text.MessageFormat.Format(pattern, texts));
    }
}
