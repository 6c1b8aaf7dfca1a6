using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A variable used as a value (names are case-sensitive in DicomEdit 6).</summary>
public sealed class VariableReferenceSyntax(string name, TextSpan span) : ValueSyntax(span)
{
    public string Name { get; } = name;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => Name;
}
