using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A statement. The "actions" (the only statements allowed as a branch of <c>c ? a : b</c>) are
/// assignment, assign-if-exists, deletion, variable initialisation, function call and echo.</summary>
public abstract class StatementSyntax(TextSpan span) : SyntaxNode(span)
{
    /// <summary>Whether this kind of statement may be a branch of a conditional statement (grammar: <c>action</c>).</summary>
    public virtual bool IsAction => false;
}
