using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>Stands in for a value the parser expected but did not find; only in trees that have errors (such a
/// script never reaches the evaluator). The span is empty, at the place the value belongs.</summary>
public sealed class MissingValueSyntax(TextSpan span) : ValueSyntax(span)
{
    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => "<missing>";
}
