using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>lookup[keyType, key]</c> (spec §9.13): the host's table; a missing key (or no table) gives no value.</summary>
internal sealed class LookupFunction : ScriptFunction
{
    public override string Name => "lookup";
    public override int MinArguments => 2;
    public override int MaxArguments => 2;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var keyType = Arguments.RequiredText(arguments[0], context, Name, 0);
        var key = Arguments.Text(arguments[1], context);
        if (key is null || context.Host.Lookup is not { } provider) return ScriptValue.Null;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.Host.CancellationToken);
        cts.CancelAfter(context.Host.Limits.ExternalCallTimeout);
        try
        {
            return ScriptValue.FromString(provider.Lookup(keyType, key, cts.Token));
        }
        catch (KeyNotFoundException)
        {
            // The key is not shown: it is usually a patient value (a Patient ID to pseudonymize).
            throw new ScriptEvaluationException(RuntimeErrorCodes.ExternalLookupFailed,
                $"lookup: the table has no entry for this object's {keyType} (add it, or let missing keys give no value)");
        }
        catch (OperationCanceledException) when (!context.Host.CancellationToken.IsCancellationRequested)
        {
            throw new ScriptEvaluationException(RuntimeErrorCodes.ExternalLookupFailed,
                $"lookup: no answer within {context.Host.Limits.ExternalCallTimeout.TotalSeconds:0.#} s");
        }
    }
}
