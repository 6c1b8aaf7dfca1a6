using System.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>replace[value, find, replacement]</c>: every literal occurrence (Java <c>String.replace</c>; an
/// empty <c>find</c> puts the replacement between all characters and at both ends); an absent value stays absent.</summary>
internal sealed class V4ReplaceFunction : V4Function
{
    public override string Name => "replace";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override string Signature => "replace[value, find, replacement]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context)
    {
        var value = arguments[0];
        if (value is null) return null;
        var find = arguments[1] ?? throw new V4FunctionException("the text to find in replace has no value (an absent attribute)");
        var replacement = arguments[2] ?? throw new V4FunctionException("the replacement in replace has no value (an absent attribute)");
        if (find.Length > 0) return value.Replace(find, replacement, StringComparison.Ordinal);
        var sb = new StringBuilder(replacement);
        foreach (char c in value) sb.Append(c).Append(replacement);
        return sb.ToString();
    }
}
