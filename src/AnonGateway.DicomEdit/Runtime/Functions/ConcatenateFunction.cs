using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>concatenate[v1, v2, …]</c> (spec §9.2): the arguments' texts with nothing between; an absent
/// attribute is an error (upstream crashes there).</summary>
internal sealed class ConcatenateFunction : ScriptFunction
{
    public override string Name => "concatenate";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < arguments.Length; i++) sb.Append(Arguments.RequiredText(arguments[i], context, Name, i));
        return ScriptValue.FromString(sb.ToString());
    }
}
