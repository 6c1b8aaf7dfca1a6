using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>hashUIDList[paths…]</c> (6.6, spec §9.11): every matching element anywhere has each of its values
/// hashed in place (VM kept); creators are never touched; nothing is created.</summary>
internal sealed class HashUidListFunction : ScriptFunction
{
    public override string Name => "hashUIDList";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var paths = Arguments.Paths(arguments, Name);
        foreach (var m in PathMatcher.MatchAll(paths, context.Dataset))
        {
            if (m.Item is not null || m.Element is not DicomValueElement || m.Element.Tag.IsPrivateCreator) continue;
            var values = ElementText.ReadValues(m.Container, m.Element);
            if (values.Length == 0) continue;
            for (int i = 0; i < values.Length; i++) values[i] = Uids.UidHasher.Hash(values[i]);
            ElementText.Write(m.Container, m.Element.Tag, m.Element.VR, string.Join('\\', values));
        }
        return ScriptValue.Null;
    }
}
