using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary>How functions read their arguments (spec §9.0): a tag path resolved to the attribute's value, lists
/// flattened, strings taken as path notation where a function wants paths.</summary>
internal static class Arguments
{
    /// <summary>The text of <paramref name="value"/>, a path resolved to its attribute's value (null when absent).</summary>
    public static string? Text(ScriptValue value, EvaluationContext context) =>
        value.Kind == ScriptValueKind.Path ? PathResolver.ReadValue(value.AsPath!, context.Dataset) : value.ToText();

    /// <summary>Like <see cref="Text"/>, but a missing value is an error naming the function and argument.</summary>
    public static string RequiredText(ScriptValue value, EvaluationContext context, string function, int position)
    {
        var text = Text(value, context);
        if (text is null)
            throw new ScriptEvaluationException(RuntimeErrorCodes.NullArgument,
                value.Kind == ScriptValueKind.Path
                    ? $"{function}: argument {position + 1} has no value: {value.AsPath!.Text} is absent in this object (guard with isPresent[{value.AsPath!.Text}])"
                    : $"{function}: argument {position + 1} has no value");
        return text;
    }

    /// <summary>An integer argument (a number or a string of digits).</summary>
    public static long Integer(ScriptValue value, EvaluationContext context, string function, int position)
    {
        var text = RequiredText(value, context, function, position);
        if (!long.TryParse(text.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long n))
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument, $"{function}: argument {position + 1} must be a whole number");
        return n;
    }

    /// <summary>Every value of <paramref name="values"/> with lists expanded recursively.</summary>
    public static List<ScriptValue> Flatten(ReadOnlySpan<ScriptValue> values)
    {
        var list = new List<ScriptValue>(values.Length);
        foreach (var v in values) AddFlat(v, list);
        return list;
    }

    private static void AddFlat(ScriptValue v, List<ScriptValue> list)
    {
        if (v.Kind == ScriptValueKind.List)
            foreach (var e in v.AsList!) AddFlat(e, list);
        else list.Add(v);
    }

    /// <summary>Arguments that name tag paths: path literals, strings in DE6 path notation, lists of them.</summary>
    public static List<TagPath> Paths(ReadOnlySpan<ScriptValue> values, string function, int firstPosition = 0)
    {
        var paths = new List<TagPath>();
        foreach (var v in Flatten(values)) paths.Add(ToPath(v, function, firstPosition));
        return paths;
    }

    /// <summary>One argument as a tag path.</summary>
    public static TagPath ToPath(ScriptValue v, string function, int position)
    {
        if (v.Kind == ScriptValueKind.Path) return v.AsPath!;
        if (v.Kind == ScriptValueKind.String && TagPathParser.TryParse(v.AsString!, out var parsed)) return parsed!;
        throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
            v.Kind == ScriptValueKind.String
                ? $"{function}: argument {position + 1} is not a valid tag path (expected e.g. \"(0010,0010)\" or \"*/(0019,{{CREATOR}}XX)\")"
                : $"{function}: argument {position + 1} must be a tag path, not {v.KindName}");
    }
}
