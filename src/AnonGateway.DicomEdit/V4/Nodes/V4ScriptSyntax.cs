using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>The root of a DicomEdit 4 syntax tree: the statements in script order.</summary>
public sealed class V4ScriptSyntax : V4Node
{
    /// <summary>Creates the root.</summary>
    public V4ScriptSyntax(SourceText source, IReadOnlyList<V4Statement> statements)
        : base(new TextSpan(0, source.Length))
    {
        Source = source;
        Statements = statements;
    }

    /// <summary>The script text.</summary>
    public SourceText Source { get; }

    /// <summary>The statements that parsed (lines with syntax errors are left out).</summary>
    public IReadOnlyList<V4Statement> Statements { get; }
}
