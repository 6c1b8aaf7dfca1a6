using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>true[]</c> (6.7, spec §9.28).</summary>
internal sealed class TrueFunction : ScriptFunction
{
    public override string Name => "true";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context) => ScriptValue.True;
}
