using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>mapReferencedUIDs[prefix, path, …]</c> (spec §9.10): every matching element's (whole) value is
/// replaced by the UID mapped to it under the prefix, the same for references and referenced UIDs. Path strings
/// that are not valid paths are skipped, as upstream does.</summary>
internal sealed class MapReferencedUidsFunction : ScriptFunction
{
    public override string Name => "mapReferencedUIDs";
    public override int MinArguments => 2;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var prefix = Arguments.RequiredText(arguments[0], context, Name, 0);
        var paths = new List<TagPath>();
        foreach (var v in Arguments.Flatten(arguments[1..]))
        {
            if (v.Kind == ScriptValueKind.Path) paths.Add(v.AsPath!);
            else if (v.Kind == ScriptValueKind.String && TagPathParser.TryParse(v.AsString!, out var p)) paths.Add(p!);
        }
        foreach (var m in PathMatcher.MatchAll(paths, context.Dataset))
        {
            if (m.Item is not null || m.Element is not DicomValueElement || m.Element.Tag.IsPrivateCreator) continue;
            var value = ElementText.Read(m.Container, m.Element);
            if (value is null) continue;
            ElementText.Write(m.Container, m.Element.Tag, m.Element.VR, context.Host.UidMap.Map(prefix, value));
        }
        return ScriptValue.Null;
    }
}
