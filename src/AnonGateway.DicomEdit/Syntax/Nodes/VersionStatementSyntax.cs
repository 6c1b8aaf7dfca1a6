using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>version "6.x"</c> (spec §6.10). Evaluated as a statement: an unknown version is an error.</summary>
public sealed class VersionStatementSyntax(StringLiteralSyntax version, TextSpan span) : StatementSyntax(span)
{
    /// <summary>The version string; <see cref="StringLiteralSyntax.Value"/> is e.g. <c>6.6</c>.</summary>
    public StringLiteralSyntax Version { get; } = version;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Version];
}
