using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>The <c>removeAllPrivateTags</c> keyword statement (spec §6.9).</summary>
public sealed class RemoveAllPrivateTagsStatementSyntax(TextSpan span) : StatementSyntax(span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];
}
