using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A function call used as a statement, <c>name[args]</c> (spec §6.5); the result is discarded.</summary>
public sealed class FunctionCallStatementSyntax(FunctionCallSyntax call) : StatementSyntax(call.Span)
{
    public FunctionCallSyntax Call { get; } = call;

    public override bool IsAction => true;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Call];
}
