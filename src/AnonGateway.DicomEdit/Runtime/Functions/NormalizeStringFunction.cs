using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>normalizeString[v, replacement="_"]</c> (spec §9.24): every code point outside 7-bit ASCII replaced.</summary>
internal sealed class NormalizeStringFunction : ScriptFunction
{
    public override string Name => "normalizeString";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.Text(arguments[0], context);
        if (text is null) return ScriptValue.Null;
        var replacement = arguments.Length > 1 ? Arguments.RequiredText(arguments[1], context, Name, 1) : "_";
        var sb = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 0x80) { sb.Append(c); continue; }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            sb.Append(replacement);
        }
        return ScriptValue.FromString(sb.ToString());
    }
}
