namespace AnonGateway.DicomEdit.V4;

/// <summary><c>lowercase[value]</c> (invariant culture); an absent value stays absent.</summary>
internal sealed class V4LowercaseFunction : V4Function
{
    public override string Name => "lowercase";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override string Signature => "lowercase[value]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context) => arguments[0]?.ToLowerInvariant();
}
