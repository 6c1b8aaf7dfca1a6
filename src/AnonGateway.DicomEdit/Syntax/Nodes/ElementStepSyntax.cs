using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A path component naming an element: <c>(0008,1115)</c>, <c>(0008,1115)[0]</c>, <c>(0008,1115)[%]</c>.</summary>
/// <remarks>An omitted item number on a sequence component means any item for matching (delete, <c>?=</c>), and
/// makes the path non-singular for <c>:=</c> (spec §5.2).</remarks>
public sealed class ElementStepSyntax(TagSyntax tag, ItemSelectorSyntax? item, TextSpan span) : TagPathStepSyntax(span)
{
    public TagSyntax Tag { get; } = tag;

    /// <summary>The item number, or null when none was written.</summary>
    public ItemSelectorSyntax? Item { get; } = item;

    public override IEnumerable<SyntaxNode> ChildNodes() => Item is null ? [Tag] : [Tag, Item];

    public override string ToString() => Item is null ? Tag.ToString() : Tag.ToString() + Item;
}
