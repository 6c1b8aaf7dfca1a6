using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A bare function call used as a condition (6.4+): <c>isPresent[(0008,0070)] ? …</c>,
/// <c>if (true[]) {…}</c>. A non-boolean result is true iff it equals <c>true</c> ignoring case (spec §4).</summary>
public sealed class FunctionConditionSyntax(FunctionCallSyntax call) : ConditionSyntax(call.Span)
{
    public FunctionCallSyntax Call { get; } = call;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Call];
}
