using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>ismatch[v, regex]</c> (spec §9.15): whether the whole value matches the Java regex.</summary>
internal sealed class IsMatchFunction : ScriptFunction
{
    public override string Name => "ismatch";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;
    public override int RegexArgument => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.RequiredText(arguments[0], context, Name, 0);
        var regex = context.Regexes.Get(Arguments.RequiredText(arguments[1], context, Name, 1), whole: true);
        return ScriptValue.FromBoolean(RegexCache.Run(() => regex.IsMatch(text)));
    }
}
