using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>reject[flag]</c> (spec §9.27): with no flag or a true one, stop and drop this object (not an error).</summary>
internal sealed class RejectFunction : ScriptFunction
{
    public override string Name => "reject";
    public override int MinArguments => 0;
    public override int MaxArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        if (arguments.Length == 1 && !Truth.Of(arguments[0], context)) return ScriptValue.Null;
        if (context.Host.AllowReject) throw new ScriptRejectedSignal();
        return ScriptValue.Null;
    }
}
