using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>tagpath ?= value</c> (6.3+, spec §6.2): sets every existing matching element; wildcards allowed.</summary>
public sealed class AssignIfExistsStatementSyntax(TagPathSyntax target, TextSpan operatorSpan, ValueSyntax value, TextSpan span) : StatementSyntax(span)
{
    public TagPathSyntax Target { get; } = target;

    /// <summary>The <c>?=</c> token.</summary>
    public TextSpan OperatorSpan { get; } = operatorSpan;

    public ValueSyntax Value { get; } = value;

    public override bool IsAction => true;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Target, Value];
}
