using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>replace[v, find, replacement]</c> (spec §9.6): literal replace-all; an empty <c>find</c> inserts the
/// replacement around every character, like Java.</summary>
internal sealed class ReplaceFunction : ScriptFunction
{
    public override string Name => "replace";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.RequiredText(arguments[0], context, Name, 0);
        var find = Arguments.RequiredText(arguments[1], context, Name, 1);
        var replacement = Arguments.RequiredText(arguments[2], context, Name, 2);
        if (find.Length > 0) return ScriptValue.FromString(text.Replace(find, replacement, StringComparison.Ordinal));
        var sb = new System.Text.StringBuilder(replacement);
        foreach (char c in text) sb.Append(c).Append(replacement);
        return ScriptValue.FromString(sb.ToString());
    }
}
