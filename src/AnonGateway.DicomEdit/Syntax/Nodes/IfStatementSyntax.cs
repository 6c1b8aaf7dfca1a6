using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>if (c) {…} elseif (c) {…} … else {…}</c> (6.4+, spec §6.8): the first branch whose condition is
/// true runs its block; otherwise the else block, if any.</summary>
public sealed class IfStatementSyntax(IReadOnlyList<IfBranchSyntax> branches, BlockSyntax? elseBlock, TextSpan span) : StatementSyntax(span)
{
    /// <summary>The <c>if</c> branch first, then each <c>elseif</c>; never empty.</summary>
    public IReadOnlyList<IfBranchSyntax> Branches { get; } = branches;

    /// <summary>The <c>else</c> block, or null.</summary>
    public BlockSyntax? ElseBlock { get; } = elseBlock;

    public override IEnumerable<SyntaxNode> ChildNodes() =>
        ElseBlock is null ? Branches : [.. Branches, ElseBlock];
}
