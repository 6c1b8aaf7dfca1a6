using AnonGateway.Dicom.Data;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>Finds every element of a data set, at any depth, whose path matches a tag path (spec §5.3): digit
/// wildcards, creators looked up at each level, <c>[n]</c>/<c>[%]</c>, and <c>*</c>/<c>+</c>/<c>.</c> levels.</summary>
/// <remarks>Matches are collected before anything is changed, so callers may edit the data set afterwards.
/// Pixel data (encapsulated or not) is never descended into: only <see cref="DicomSequence"/> has items.</remarks>
internal static class PathMatcher
{
    /// <summary>Every match of <paramref name="path"/> in <paramref name="root"/>, in data set order, each once.</summary>
    public static List<PathMatch> Match(TagPath path, DicomDataset root)
    {
        var results = new List<PathMatch>();
        Walk(path.Steps, 0, root, results);
        if (path.HasLevelWildcard && results.Count > 1) Deduplicate(results);
        return results;
    }

    /// <summary>Adds the matches of every path in <paramref name="paths"/> (each element once).</summary>
    public static List<PathMatch> MatchAll(IEnumerable<TagPath> paths, DicomDataset root)
    {
        var results = new List<PathMatch>();
        foreach (var p in paths) Walk(p.Steps, 0, root, results);
        if (results.Count > 1) Deduplicate(results);
        return results;
    }

    // Matches steps[index..] against data set ds (one level of the data set per element step).
    private static void Walk(IReadOnlyList<PathStep> steps, int index, DicomDataset ds, List<PathMatch> results)
    {
        var step = steps[index];
        bool last = index == steps.Count - 1;
        switch (step.Kind)
        {
            case PathStepKind.Element:
                {
                    var elements = ds.Elements;
                    bool exact = !step.Pattern.IsPrivate && !step.Pattern.HasWildcard;
                    if (exact)
                    {
                        // One public tag: a binary search instead of a scan.
                        var only = ds.Get(step.Pattern.ExactTag);
                        elements = only is null ? [] : [only];
                    }
                    for (int i = 0; i < elements.Count; i++)
                    {
                        var e = elements[i];
                        if (!exact && !step.Pattern.Matches(ds, e.Tag)) continue;
                        if (last)
                        {
                            if (step.Item == PathStep.NoItem) results.Add(new PathMatch(ds, e, null));
                            else if (e is DicomSequence sq)
                            {
                                if (step.Item == PathStep.AnyItem)
                                    foreach (var item in sq.Items) results.Add(new PathMatch(ds, e, item));
                                else if (step.Item < sq.Items.Count) results.Add(new PathMatch(ds, e, sq.Items[step.Item]));
                            }
                            continue;
                        }
                        if (e is not DicomSequence seq) continue;
                        if (step.SelectsAllItems)
                        {
                            foreach (var item in seq.Items) Walk(steps, index + 1, item, results);
                        }
                        else if (step.Item < seq.Items.Count) Walk(steps, index + 1, seq.Items[step.Item], results);
                    }
                    break;
                }
            case PathStepKind.AnyLevels:
                if (last) AddEverything(ds, results, includeThisLevel: true);
                else
                {
                    Walk(steps, index + 1, ds, results);
                    foreach (var item in ItemsBelow(ds)) Walk(steps, index, item, results);
                }
                break;
            case PathStepKind.OneOrMoreLevels:
                if (last) AddEverything(ds, results, includeThisLevel: false);
                else
                {
                    // One level down, then zero or more further levels: '+' = '.' followed by '*'.
                    foreach (var item in ItemsBelow(ds)) WalkAny(steps, index + 1, item, results);
                }
                break;
            case PathStepKind.OneLevel:
                foreach (var item in ItemsBelow(ds))
                {
                    if (last) AddLevel(item, results);
                    else Walk(steps, index + 1, item, results);
                }
                break;
        }
    }

    private static void WalkAny(IReadOnlyList<PathStep> steps, int next, DicomDataset ds, List<PathMatch> results)
    {
        Walk(steps, next, ds, results);
        foreach (var item in ItemsBelow(ds)) WalkAny(steps, next, item, results);
    }

    private static List<DicomDataset> ItemsBelow(DicomDataset ds)
    {
        var items = new List<DicomDataset>();
        foreach (var e in ds.Elements)
            if (e is DicomSequence sq) items.AddRange(sq.Items);
        return items;
    }

    private static void AddLevel(DicomDataset ds, List<PathMatch> results)
    {
        foreach (var e in ds.Elements) results.Add(new PathMatch(ds, e, null));
    }

    private static void AddEverything(DicomDataset ds, List<PathMatch> results, bool includeThisLevel)
    {
        if (includeThisLevel) AddLevel(ds, results);
        foreach (var item in ItemsBelow(ds)) AddEverything(item, results, includeThisLevel: true);
    }

    private static void Deduplicate(List<PathMatch> results)
    {
        var seen = new HashSet<(DicomElement, DicomDataset?)>(ReferencePairComparer.Instance);
        results.RemoveAll(m => !seen.Add((m.Element, m.Item)));
    }

    private sealed class ReferencePairComparer : IEqualityComparer<(DicomElement, DicomDataset?)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((DicomElement, DicomDataset?) x, (DicomElement, DicomDataset?) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((DicomElement, DicomDataset?) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item1),
                obj.Item2 is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
