using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>One <c>if (condition) {…}</c> or <c>elseif (condition) {…}</c> branch.</summary>
public sealed class IfBranchSyntax(TextSpan keywordSpan, bool isElseIf, ConditionSyntax condition, BlockSyntax block, TextSpan span) : SyntaxNode(span)
{
    /// <summary>The <c>if</c> or <c>elseif</c> keyword.</summary>
    public TextSpan KeywordSpan { get; } = keywordSpan;

    public bool IsElseIf { get; } = isElseIf;

    public ConditionSyntax Condition { get; } = condition;

    public BlockSyntax Block { get; } = block;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Condition, Block];
}
