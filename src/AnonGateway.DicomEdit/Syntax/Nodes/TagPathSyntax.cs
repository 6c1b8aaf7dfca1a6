using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A tag path (spec §5.2): steps separated by <c>/</c>, e.g. <c>(0008,1115)[0]/(0008,1140)[%]/(0008,1155)</c>,
/// <c>*/(0010,0010)</c>, <c>(0019,{SIEMENS MR HEADER}10)</c>.</summary>
public sealed class TagPathSyntax(IReadOnlyList<TagPathStepSyntax> steps, TextSpan span, bool isMissing = false) : ValueSyntax(span)
{
    /// <summary>The components, outermost first; empty only when <see cref="IsMissing"/>.</summary>
    public IReadOnlyList<TagPathStepSyntax> Steps { get; } = steps;

    /// <summary>Whether the parser synthesized this path because none was written (error trees only).</summary>
    public bool IsMissing { get; } = isMissing;

    /// <summary>Whether any tag has a digit wildcard (<c>X x @ #</c>).</summary>
    public bool HasDigitWildcards => Steps.OfType<ElementStepSyntax>().Any(s => s.Tag.HasDigitWildcard);

    /// <summary>Whether the path contains <c>*</c>, <c>+</c> or <c>.</c>.</summary>
    public bool HasLevelWildcards => Steps.Any(s => s is LevelWildcardStepSyntax);

    /// <summary>Whether some component has <c>[%]</c>.</summary>
    public bool HasItemWildcards => Steps.OfType<ElementStepSyntax>().Any(s => s.Item is { IsAnyItem: true });

    /// <summary>Whether a component that is followed by another one has no item number (means any item).</summary>
    public bool HasOmittedItemNumbers
    {
        get
        {
            for (int i = 0; i < Steps.Count - 1; i++)
                if (Steps[i] is ElementStepSyntax { Item: null }) return true;
            return false;
        }
    }

    /// <summary>Whether the path names at most one element: no digit, level or item wildcards and an explicit item
    /// number on every sequence component (spec §5.2). Only singular paths may be targets of <c>:=</c>.</summary>
    public bool IsSingular => !IsMissing && !HasDigitWildcards && !HasLevelWildcards && !HasItemWildcards && !HasOmittedItemNumbers;

    /// <summary>The last element component, or null (a path of only wildcards, or a missing path).</summary>
    public ElementStepSyntax? LastElement => Steps.Count > 0 ? Steps[^1] as ElementStepSyntax : null;

    public override IEnumerable<SyntaxNode> ChildNodes() => Steps;

    /// <summary>The path as written, without spaces.</summary>
    public override string ToString() => IsMissing ? "<missing tag>" : string.Join("/", Steps);
}
