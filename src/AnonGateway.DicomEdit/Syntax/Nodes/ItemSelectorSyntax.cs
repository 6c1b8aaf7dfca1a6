using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>An item number after a sequence tag: <c>[n]</c> (0-based) or <c>[%]</c> (any item).</summary>
public sealed class ItemSelectorSyntax(int? index, TextSpan span) : SyntaxNode(span)
{
    /// <summary>The item number; null for <c>[%]</c>. May be negative (parses, never resolves).</summary>
    public int? Index { get; } = index;

    /// <summary>Whether this is <c>[%]</c>.</summary>
    public bool IsAnyItem => Index is null;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => Index is int i ? $"[{i}]" : "[%]";
}
