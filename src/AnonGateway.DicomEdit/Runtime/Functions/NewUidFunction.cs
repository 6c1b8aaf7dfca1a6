using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>newUID[]</c> (spec §9.8): a random <c>2.25.</c> UID; arguments are ignored.</summary>
internal sealed class NewUidFunction : ScriptFunction
{
    public override string Name => "newUID";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context) =>
        ScriptValue.FromString(Uids.UidHasher.NewRandom());
}
