using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>export name "field"</c> (spec §6.11): metadata, no effect on data.</summary>
public sealed class ExportStatementSyntax(string name, TextSpan nameSpan, StringLiteralSyntax field, TextSpan span) : StatementSyntax(span)
{
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    public StringLiteralSyntax Field { get; } = field;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Field];
}
