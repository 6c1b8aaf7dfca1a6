using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>- tagpath</c> (spec §6.3): removes every matching element (never private creators).</summary>
public sealed class DeletionStatementSyntax(TagPathSyntax target, TextSpan span) : StatementSyntax(span)
{
    public TagPathSyntax Target { get; } = target;

    public override bool IsAction => true;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Target];
}
