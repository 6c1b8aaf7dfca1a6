namespace AnonGateway.DicomEdit.V4;

/// <summary><c>uppercase[value]</c> (invariant culture); an absent value stays absent.</summary>
internal sealed class V4UppercaseFunction : V4Function
{
    public override string Name => "uppercase";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override string Signature => "uppercase[value]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context) => arguments[0]?.ToUpperInvariant();
}
