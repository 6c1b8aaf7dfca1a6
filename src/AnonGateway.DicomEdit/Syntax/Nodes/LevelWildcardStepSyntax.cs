using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A level wildcard component: <c>*</c>, <c>+</c> or <c>.</c>, e.g. <c>*/(0010,0010)</c>.</summary>
public sealed class LevelWildcardStepSyntax(LevelWildcardKind kind, TextSpan span) : TagPathStepSyntax(span)
{
    public LevelWildcardKind Kind { get; } = kind;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => Kind switch
    {
        LevelWildcardKind.ZeroOrMore => "*",
        LevelWildcardKind.OneOrMore => "+",
        _ => ".",
    };
}
