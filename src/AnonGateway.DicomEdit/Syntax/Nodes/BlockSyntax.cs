using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>{ statements }</c> of an if/elseif/else branch. Blocks do not scope variables (spec §6.4).</summary>
public sealed class BlockSyntax(IReadOnlyList<StatementSyntax> statements, TextSpan span) : SyntaxNode(span)
{
    public IReadOnlyList<StatementSyntax> Statements { get; } = statements;

    public override IEnumerable<SyntaxNode> ChildNodes() => Statements;
}
