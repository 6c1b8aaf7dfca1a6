using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>echo value</c> or a bare <c>echo</c> (spec §6.6).</summary>
public sealed class EchoStatementSyntax(ValueSyntax? value, TextSpan span) : StatementSyntax(span)
{
    /// <summary>The operand; null for a bare <c>echo</c> (prints an empty line).</summary>
    public ValueSyntax? Value { get; } = value;

    public override bool IsAction => true;

    public override IEnumerable<SyntaxNode> ChildNodes() => Value is null ? [] : [Value];
}
