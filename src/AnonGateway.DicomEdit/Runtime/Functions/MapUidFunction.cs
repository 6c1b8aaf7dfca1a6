using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>mapUID[value, prefix]</c> (spec §9.9): a random UID under the prefix, the same for the same value
/// across objects (the host's <see cref="ScriptContext.UidMap"/>). Deviation: a path argument is resolved to its
/// value (upstream keys on the path's text, giving every object the same UID).</summary>
internal sealed class MapUidFunction : ScriptFunction
{
    public override string Name => "mapUID";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var value = Arguments.Text(arguments[0], context);
        if (value is null) return ScriptValue.Null;
        var prefix = Arguments.RequiredText(arguments[1], context, Name, 1);
        return ScriptValue.FromString(context.Host.UidMap.Map(prefix, value));
    }
}
