using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>isPresent[path, …]</c> (6.7, spec §9.16): whether every (singular) path names an existing element or
/// item. Never changes the object.</summary>
internal sealed class IsPresentFunction : ScriptFunction
{
    public override string Name => "isPresent";
    public override int MinArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var values = Arguments.Flatten(arguments);
        bool all = true;
        for (int i = 0; i < values.Count; i++)
        {
            var path = values[i].AsPath ?? throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                $"isPresent: argument {i + 1} must be a tag path like (0010,0010), not {values[i].KindName}");
            if (!path.IsSingular || path.Steps.Take(path.Steps.Count - 1).Any(s => s.Item < 0))
                throw new ScriptEvaluationException(RuntimeErrorCodes.PathNotSingular,
                    $"isPresent: {path.Text} may match several attributes; name one (explicit item numbers, no wildcards)");
            if (!PathResolver.IsPresent(path, context.Dataset)) all = false;
        }
        return ScriptValue.FromBoolean(all);
    }
}
