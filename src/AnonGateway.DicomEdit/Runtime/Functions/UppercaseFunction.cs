using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>uppercase[v]</c> (spec §9.4), invariant culture.</summary>
internal sealed class UppercaseFunction : ScriptFunction
{
    public override string Name => "uppercase";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context) =>
        ScriptValue.FromString(Arguments.RequiredText(arguments[0], context, Name, 0).ToUpperInvariant());
}
