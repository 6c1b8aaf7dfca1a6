namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>A DicomEdit 6 tag path (spec §5.2): components from the top level down, e.g.
/// <c>(0008,1115)[0]/(0008,1140)[%]/(0008,1155)</c> or <c>*/(0010,0010)</c>. Immutable.</summary>
public sealed class TagPath
{
    /// <summary>Creates a path from its components; <paramref name="text"/> is how the script wrote it.</summary>
    public TagPath(IReadOnlyList<PathStep> steps, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0) throw new ArgumentException("a tag path has at least one component", nameof(steps));
        Steps = steps;
        Text = text ?? string.Join('/', steps);
        bool singular = true, levels = false;
        for (int i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            if (s.Kind != PathStepKind.Element) { singular = false; levels = true; continue; }
            if (s.Pattern.HasWildcard || s.Item == PathStep.AnyItem) singular = false;
        }
        IsSingular = singular;
        HasLevelWildcard = levels;
    }

    /// <summary>The components.</summary>
    public IReadOnlyList<PathStep> Steps { get; }

    /// <summary>The path as text (tags are not patient data: messages may show it).</summary>
    public string Text { get; }

    /// <summary>No digit or level wildcard and no <c>[%]</c> (an omitted item number inside the path is a run-time
    /// error when read, like upstream's, rather than a wildcard).</summary>
    public bool IsSingular { get; }

    /// <summary>Whether a <c>*</c>, <c>+</c> or <c>.</c> component occurs.</summary>
    public bool HasLevelWildcard { get; }

    /// <summary>The text DicomEdit uses when a path stands where a string is expected and is not read (measured:
    /// <c>set[…, (0008,0018)]</c> writes <c>00080018</c>): eight hex digits for one public tag, else <see cref="Text"/>.</summary>
    public string ValueText => Steps.Count == 1 && IsSingular && !IsPrivate && Last.Item == PathStep.NoItem
        ? Last.Pattern.ExactTag.Value.ToString("X8", System.Globalization.CultureInfo.InvariantCulture)
        : Text;

    /// <summary>The last component.</summary>
    public PathStep Last => Steps[^1];

    /// <summary>Whether the last component is a private element named by its creator.</summary>
    public bool IsPrivate => Last.Kind == PathStepKind.Element && Last.Pattern.IsPrivate;

    /// <summary>This path followed by <c>/*</c> (used by <c>retainPrivateTags</c>).</summary>
    public TagPath WithTrailingAnyLevels()
    {
        var steps = new List<PathStep>(Steps.Count + 1);
        steps.AddRange(Steps);
        if (steps[^1].Kind == PathStepKind.Element && steps[^1].Item == PathStep.NoItem) steps[^1] = steps[^1] with { Item = PathStep.AnyItem };
        steps.Add(new PathStep(PathStepKind.AnyLevels, default, PathStep.NoItem));
        return new TagPath(steps, Text + "/*");
    }

    public override string ToString() => Text;
}
