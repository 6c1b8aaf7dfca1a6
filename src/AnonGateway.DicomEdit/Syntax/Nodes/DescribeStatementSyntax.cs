using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>describe name "label"|hidden|const|immutable</c> (spec §6.11): variable metadata, no effect on data.
/// The hidden/const/immutable forms make <see cref="Name"/> an external (host-supplied) variable.</summary>
public sealed class DescribeStatementSyntax(string name, TextSpan nameSpan, DescribeKind kind, StringLiteralSyntax? label, TextSpan span) : StatementSyntax(span)
{
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    public DescribeKind Kind { get; } = kind;

    /// <summary>The label for <see cref="DescribeKind.Label"/>, otherwise null.</summary>
    public StringLiteralSyntax? Label { get; } = label;

    public override IEnumerable<SyntaxNode> ChildNodes() => Label is null ? [] : [Label];
}
