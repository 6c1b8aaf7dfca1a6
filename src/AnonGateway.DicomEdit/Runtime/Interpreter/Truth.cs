using AnonGateway.DicomEdit.Runtime.Functions;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Interpreter;

/// <summary>How a value is used as a condition (spec §4): a boolean as it is; anything else is true iff its text
/// equals <c>true</c> ignoring case (a path is read first); no value is false.</summary>
internal static class Truth
{
    public static bool Of(ScriptValue value, EvaluationContext context) => value.Kind switch
    {
        ScriptValueKind.Boolean => value.AsBoolean,
        ScriptValueKind.Null => false,
        _ => string.Equals(Arguments.Text(value, context), "true", StringComparison.OrdinalIgnoreCase),
    };
}
