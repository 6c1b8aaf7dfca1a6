using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>Base of every DicomEdit 6 syntax tree node. Nodes are immutable and carry their span in the original
/// script text, so the evaluator can name script, line and column in a runtime error.</summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(TextSpan span) => Span = span;

    /// <summary>Where the node is in the original text (continuation lines included).</summary>
    public TextSpan Span { get; }

    /// <summary>The direct children, in source order.</summary>
    public abstract IEnumerable<SyntaxNode> ChildNodes();

    /// <summary>This node's descendants (not itself), depth first, in source order.</summary>
    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        var stack = new Stack<IEnumerator<SyntaxNode>>();
        stack.Push(ChildNodes().GetEnumerator());
        while (stack.Count > 0)
        {
            var e = stack.Peek();
            if (!e.MoveNext()) { e.Dispose(); stack.Pop(); continue; }
            yield return e.Current;
            stack.Push(e.Current.ChildNodes().GetEnumerator());
        }
    }
}
