using AnonGateway.DicomEdit.Runtime.Uids;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>hashUID[value]</c>: the deterministic <c>2.25.</c> UID of DicomEdit (spec §9.7, shared with
/// DicomEdit 6); an optional second argument (an algorithm name) is ignored; an absent value stays absent.</summary>
internal sealed class V4HashUidFunction : V4Function
{
    public override string Name => "hashUID";
    public override int MinArguments => 1;
    public override int MaxArguments => 2;
    public override string Signature => "hashUID[value]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context) =>
        arguments[0] is { } value ? UidHasher.Hash(value) : null;
}
