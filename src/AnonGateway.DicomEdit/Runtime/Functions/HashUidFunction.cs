using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>hashUID[v]</c> (spec §9.7): DicomEdit's deterministic <c>2.25.</c> UID; an absent value gives no value.
/// A second argument (algorithm) is accepted and ignored.</summary>
internal sealed class HashUidFunction : ScriptFunction
{
    public override string Name => "hashUID";
    public override int MinArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.Text(arguments[0], context);
        return text is null ? ScriptValue.Null : ScriptValue.FromString(Uids.UidHasher.Hash(text));
    }
}
