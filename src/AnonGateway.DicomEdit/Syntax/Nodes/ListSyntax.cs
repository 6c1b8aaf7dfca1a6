using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>{ element, … }</c> (6.6+). Elements: string, number, tag path (kept unresolved), variable, function
/// call, nested list. A <see cref="StringLiteralSyntax"/> element evaluates to its
/// <see cref="StringLiteralSyntax.RawValue"/> (upstream quirk, spec §3).</summary>
public sealed class ListSyntax(IReadOnlyList<ValueSyntax> elements, TextSpan span) : ValueSyntax(span)
{
    public IReadOnlyList<ValueSyntax> Elements { get; } = elements;

    public override IEnumerable<SyntaxNode> ChildNodes() => Elements;

    public override string ToString() => "{" + string.Join(", ", Elements) + "}";
}
