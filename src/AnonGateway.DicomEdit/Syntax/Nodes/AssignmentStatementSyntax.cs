using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>tagpath := value</c> (spec §6.1). The checker has verified that <see cref="Target"/> is singular.</summary>
public sealed class AssignmentStatementSyntax(TagPathSyntax target, TextSpan operatorSpan, ValueSyntax value, TextSpan span) : StatementSyntax(span)
{
    public TagPathSyntax Target { get; } = target;

    /// <summary>The <c>:=</c> token.</summary>
    public TextSpan OperatorSpan { get; } = operatorSpan;

    public ValueSyntax Value { get; } = value;

    public override bool IsAction => true;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Target, Value];
}
