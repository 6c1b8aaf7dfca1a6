using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>condition ? action</c> or <c>condition ? action : action</c> (spec §6.7). Both branches are actions
/// (<see cref="StatementSyntax.IsAction"/>).</summary>
public sealed class ConditionalStatementSyntax(ConditionSyntax condition, StatementSyntax whenTrue, StatementSyntax? whenFalse, TextSpan span) : StatementSyntax(span)
{
    public ConditionSyntax Condition { get; } = condition;

    public StatementSyntax WhenTrue { get; } = whenTrue;

    /// <summary>The action after <c>:</c>, or null.</summary>
    public StatementSyntax? WhenFalse { get; } = whenFalse;

    public override IEnumerable<SyntaxNode> ChildNodes() =>
        WhenFalse is null ? [Condition, WhenTrue] : [Condition, WhenTrue, WhenFalse];
}
