using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary>The value set of <c>collectValues</c>/<c>blankValues</c> (spec §9.25): literal strings as given, plus the
/// current value of every element that a path (literal or string in path notation) matches.</summary>
internal static class KnownValues
{
    public static List<string> Collect(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var known = new List<string>();
        foreach (var v in Arguments.Flatten(arguments))
        {
            TagPath? path = v.AsPath;
            if (path is null && v.Kind == ScriptValueKind.String && v.AsString!.StartsWith('(') && TagPathParser.TryParse(v.AsString!, out var parsed)) path = parsed;
            if (path is null)
            {
                if (v.ToText() is { } literal) known.Add(literal);
                continue;
            }
            foreach (var m in PathMatcher.Match(path, context.Dataset))
            {
                if (m.Item is not null || m.Element.Tag.IsPrivateCreator) continue;
                if (ElementText.Read(m.Container, m.Element) is { } value) known.Add(value);
            }
        }
        return known;
    }
}
