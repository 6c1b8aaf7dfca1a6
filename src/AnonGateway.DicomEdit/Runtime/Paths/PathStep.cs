namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>One component of a tag path: a tag with its item selector, or a level wildcard.</summary>
/// <param name="Kind">Element or one of the level wildcards.</param>
/// <param name="Pattern">The tag (pattern) of an element step.</param>
/// <param name="Item">The item selector: <see cref="NoItem"/> when omitted, <see cref="AnyItem"/> for <c>[%]</c>, else the 0-based item.</param>
public readonly record struct PathStep(PathStepKind Kind, TagPattern Pattern, int Item)
{
    /// <summary>No item number was written.</summary>
    public const int NoItem = -1;

    /// <summary><c>[%]</c>: any item.</summary>
    public const int AnyItem = -2;

    /// <summary>Whether this step selects items with a wildcard or no number (matching every item).</summary>
    public bool SelectsAllItems => Item is NoItem or AnyItem;

    public override string ToString() => Kind switch
    {
        PathStepKind.AnyLevels => "*",
        PathStepKind.OneOrMoreLevels => "+",
        PathStepKind.OneLevel => ".",
        _ => Pattern.ToString() + Item switch
        {
            NoItem => "",
            AnyItem => "[%]",
            _ => "[" + Item.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]",
        },
    };
}
