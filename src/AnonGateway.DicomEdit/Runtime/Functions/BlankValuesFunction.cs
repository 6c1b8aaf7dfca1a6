using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>blankValues[…]</c> (6.6, spec §9.25): every element anywhere whose whole current value is one of the
/// known values becomes empty (VR kept). UN values compare as bytes against the values' UTF-8 bytes.</summary>
internal sealed class BlankValuesFunction : ScriptFunction
{
    public override string Name => "blankValues";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var known = KnownValues.Collect(arguments, context);
        if (known.Count == 0) return ScriptValue.Null;
        var set = new HashSet<string>(known, StringComparer.Ordinal);
        var bytes = known.Select(k => System.Text.Encoding.UTF8.GetBytes(k)).ToList();
        foreach (var (container, element) in DatasetWalker.All(context.Dataset))
        {
            if (element is not DicomValueElement e) continue;
            bool hit;
            if (e.VR == DicomVR.UN)
            {
                var raw = e.Value.Memory;
                hit = bytes.Exists(b => raw.Span.SequenceEqual(b));
            }
            else hit = ElementText.Read(container, e) is { } text && set.Contains(text);
            if (hit && e.Length > 0) container.Set(new DicomValueElement(e.Tag, e.VR, ElementValue.Empty));
        }
        return ScriptValue.Null;
    }
}
