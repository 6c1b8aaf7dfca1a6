using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary>The direct-notation path argument of <c>delete[…]</c> and <c>set[…]</c> (grammar notes §5).</summary>
internal static class DirectPathArgument
{
    public static TagPath Parse(ScriptValue value, EvaluationContext context, string function)
    {
        if (value.Kind == ScriptValueKind.Path && value.AsPath!.IsSingular && !value.AsPath.IsPrivate) return value.AsPath;
        var text = Arguments.RequiredText(value, context, function, 0);
        if (TagPathParser.TryParseDirect(text, out var path)) return path!;
        throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
            $"{function}: argument 1 is not a direct tag path; write numeric tags with item numbers, e.g. \"(0008,1115)[0]/(0020,4000)\" or \"(2001,1019)\" (no wildcards, no creators)");
    }
}
