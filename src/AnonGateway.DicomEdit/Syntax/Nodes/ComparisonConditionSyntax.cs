using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>left op right</c> with op one of <c>= != ~ !~</c>.</summary>
public sealed class ComparisonConditionSyntax(ValueSyntax left, ComparisonOperator @operator, TextSpan operatorSpan, ValueSyntax right, TextSpan span) : ConditionSyntax(span)
{
    public ValueSyntax Left { get; } = left;

    public ComparisonOperator Operator { get; } = @operator;

    public TextSpan OperatorSpan { get; } = operatorSpan;

    public ValueSyntax Right { get; } = right;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Left, Right];
}
