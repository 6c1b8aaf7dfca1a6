using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>name := value</c> or <c>name := {list}</c> (spec §6.4): binds a global variable (case-sensitive).</summary>
public sealed class VariableInitializationStatementSyntax(string name, TextSpan nameSpan, TextSpan operatorSpan, ValueSyntax value, TextSpan span) : StatementSyntax(span)
{
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    /// <summary>The <c>:=</c> token.</summary>
    public TextSpan OperatorSpan { get; } = operatorSpan;

    /// <summary>The value; a <see cref="ListSyntax"/> keeps its tag paths unresolved (spec §4).</summary>
    public ValueSyntax Value { get; } = value;

    public override bool IsAction => true;

    public override IEnumerable<SyntaxNode> ChildNodes() => [Value];
}
