namespace AnonGateway.DicomEdit.V4;

/// <summary><c>substring[value, begin, end]</c>: Java semantics, 0-based, end exclusive, no clamping
/// (<c>0 ≤ begin ≤ end ≤ length</c> or a runtime error); an absent value stays absent.</summary>
internal sealed class V4SubstringFunction : V4Function
{
    public override string Name => "substring";
    public override int MinArguments => 3;
    public override int MaxArguments => 3;
    public override string Signature => "substring[value, begin, end]";
    public override IReadOnlyList<int> IntegerArguments => [1, 2];

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context)
    {
        int begin = IntegerArgument(arguments, 1, "begin");
        int end = IntegerArgument(arguments, 2, "end");
        var value = arguments[0];
        if (value is null) return null;
        if (begin < 0 || begin > end || end > value.Length)
            throw new V4FunctionException(
                $"substring[value, {begin}, {end}] is out of range for a value of {value.Length} characters (it needs 0 ≤ begin ≤ end ≤ length)");
        return value[begin..end];
    }
}
