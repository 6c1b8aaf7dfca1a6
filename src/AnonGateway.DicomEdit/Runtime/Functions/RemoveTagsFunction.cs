using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>removeTags[paths…]</c> (6.6, spec §9.21): <c>-path</c> for each path, path string or list element.</summary>
internal sealed class RemoveTagsFunction : ScriptFunction
{
    public override string Name => "removeTags";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        foreach (var path in Arguments.Paths(arguments, Name)) Deletion.Apply(path, context.Dataset);
        return ScriptValue.Null;
    }
}
