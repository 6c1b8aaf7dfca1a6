using System.Text.RegularExpressions;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>match[value, regex, group]</c>: the capture group of the first match anywhere in the value (Java
/// <c>find</c>); no match or a group that took no part gives no value; an absent value stays absent.</summary>
internal sealed class V4MatchFunction : V4Function
{
    public override string Name => "match";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override string Signature => "match[value, regex, group]";
    public override IReadOnlyList<int> IntegerArguments => [2];
    public override int RegexArgument => 1;

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context)
    {
        int group = IntegerArgument(arguments, 2, "group");
        var pattern = arguments[1] ?? throw new V4FunctionException("the regular expression of match has no value (an absent attribute)");
        var value = arguments[0];
        if (value is null) return null;
        var regex = context.GetRegex(pattern, whole: false);
        if (group < 0 || group > regex.GetGroupNumbers().Max())
            throw new V4FunctionException($"match asks for group {group}, but the regular expression has {regex.GetGroupNumbers().Max()} groups");
        Match m = context.RunRegex(() => regex.Match(value));
        if (!m.Success) return null;
        var g = m.Groups[group];
        return g.Success ? g.Value : null;
    }
}
