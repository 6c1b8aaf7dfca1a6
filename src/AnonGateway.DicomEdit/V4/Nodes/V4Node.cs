using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A node of the DicomEdit 4 syntax tree. Nodes are immutable and carry the span of their text.</summary>
public abstract class V4Node
{
    private protected V4Node(TextSpan span) => Span = span;

    /// <summary>Where the node is in the original script text.</summary>
    public TextSpan Span { get; }
}
