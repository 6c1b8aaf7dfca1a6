using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>match[v, regex, group]</c> (spec §9.14): the group of the first Java regex <i>find</i>; no match, or a
/// group that did not take part, gives no value.</summary>
internal sealed class MatchFunction : ScriptFunction
{
    public override string Name => "match";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override int RegexArgument => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.RequiredText(arguments[0], context, Name, 0);
        var regex = context.Regexes.Get(Arguments.RequiredText(arguments[1], context, Name, 1), whole: false);
        long group = Arguments.Integer(arguments[2], context, Name, 2);
        var m = RegexCache.Run(() => regex.Match(text));
        if (group < 0 || group >= regex.GetGroupNumbers().Length)
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                $"match: the regular expression has no group {group} (it has {regex.GetGroupNumbers().Length - 1})");
        if (!m.Success) return ScriptValue.Null;
        var g = m.Groups[(int)group];
        return g.Success ? ScriptValue.FromString(g.Value) : ScriptValue.Null;
    }
}
