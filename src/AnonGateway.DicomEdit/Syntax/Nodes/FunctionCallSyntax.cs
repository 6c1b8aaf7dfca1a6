using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary><c>name[arg, …]</c> (spec §9.0). Tag path arguments are passed unresolved; each function decides.</summary>
public sealed class FunctionCallSyntax(string name, TextSpan nameSpan, IReadOnlyList<ValueSyntax> arguments, TextSpan span) : ValueSyntax(span)
{
    /// <summary>The function name (case-sensitive).</summary>
    public string Name { get; } = name;

    public TextSpan NameSpan { get; } = nameSpan;

    public IReadOnlyList<ValueSyntax> Arguments { get; } = arguments;

    public override IEnumerable<SyntaxNode> ChildNodes() => Arguments;

    public override string ToString() => Name + "[" + string.Join(", ", Arguments) + "]";
}
