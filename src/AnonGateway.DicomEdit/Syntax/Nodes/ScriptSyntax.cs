using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>The root: the statements of a DicomEdit 6 script, top to bottom.</summary>
public sealed class ScriptSyntax(SourceText source, IReadOnlyList<StatementSyntax> statements, TextSpan span) : SyntaxNode(span)
{
    /// <summary>The script text the spans refer to.</summary>
    public SourceText Source { get; } = source;

    /// <summary>Top-level statements in execution order.</summary>
    public IReadOnlyList<StatementSyntax> Statements { get; } = statements;

    public override IEnumerable<SyntaxNode> ChildNodes() => Statements;
}
