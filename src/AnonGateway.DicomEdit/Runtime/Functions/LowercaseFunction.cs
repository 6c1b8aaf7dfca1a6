using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>lowercase[v]</c> (spec §9.4), invariant culture.</summary>
internal sealed class LowercaseFunction : ScriptFunction
{
    public override string Name => "lowercase";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context) =>
        ScriptValue.FromString(Arguments.RequiredText(arguments[0], context, Name, 0).ToLowerInvariant());
}
