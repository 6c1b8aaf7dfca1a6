using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>Resolves a singular tag path to one element, for reading (spec §4) and for writing with <c>:=</c>
/// (spec §6.1: missing sequences, items and private blocks are created).</summary>
internal static class PathResolver
{
    /// <summary>The value of <paramref name="path"/> as DicomEdit reads it: null when the element (or its item) is absent.</summary>
    /// <remarks>Like DicomEdit 6 (measured in the reference cases), reading through an item beyond the end of an
    /// existing sequence appends empty items up to it; reading through an absent sequence fails.</remarks>
    /// <exception cref="ScriptEvaluationException">The path is not singular or goes through an absent sequence.</exception>
    public static string? ReadValue(TagPath path, DicomDataset root) => ReadValue(path, root, out _);

    /// <summary>The value of a singular path (see the other overload), and its VR: the element's, or the
    /// dictionary's when it is absent.</summary>
    public static string? ReadValue(TagPath path, DicomDataset root, out DicomVR vr)
    {
        var (container, element) = Locate(path, root, "read as a value");
        vr = element?.VR ?? (path.Last.Pattern.IsPrivate ? DicomVR.UN : DicomDictionary.VROf(path.Last.Pattern.ExactTag));
        if (container is null || element is null) return null;
        if (element is DicomSequence sq)
        {
            if (path.Last.Item >= 0) return path.Last.Item < sq.Items.Count ? string.Empty : null;
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidPathTarget,
                $"{path.Text} is a sequence; a sequence has no value to read (name an element inside one of its items, e.g. {path.Text}[0]/(gggg,eeee))");
        }
        var text = ElementText.Read(container, element);
        Values.DecodedUnValue.MarkRead(container, element);
        return text;
    }

    /// <summary>Whether the element (or item) that <paramref name="path"/> names exists; never changes the data set.</summary>
    public static bool IsPresent(TagPath path, DicomDataset root)
    {
        var ds = root;
        var steps = path.Steps;
        for (int i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var e = Find(ds, step.Pattern);
            if (e is null) return false;
            bool last = i == steps.Count - 1;
            if (last)
            {
                if (step.Item < 0) return true;
                return e is DicomSequence s && step.Item < s.Items.Count;
            }
            if (e is not DicomSequence sq || step.Item < 0 || step.Item >= sq.Items.Count) return false;
            ds = sq.Items[step.Item];
        }
        return false;
    }

    /// <summary>Finds the element of a singular path; (null, null) when it is absent.</summary>
    private static (DicomDataset? Container, DicomElement? Element) Locate(TagPath path, DicomDataset root, string use)
    {
        RequireSingular(path, use);
        var ds = root;
        var steps = path.Steps;
        for (int i = 0; i < steps.Count - 1; i++)
        {
            var step = steps[i];
            var e = Find(ds, step.Pattern);
            if (e is null)
                throw new ScriptEvaluationException(RuntimeErrorCodes.AbsentSequence,
                    $"cannot read {path.Text}: the sequence {step.Pattern} is absent (DicomEdit fails here too); guard the statement with isPresent[{Prefix(steps, i)}]");
            if (e is not DicomSequence sq)
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidPathTarget,
                    $"cannot read {path.Text}: {step.Pattern} is not a sequence");
            if (step.Item == PathStep.NoItem)
                throw new ScriptEvaluationException(RuntimeErrorCodes.MissingItemNumber,
                    $"cannot read {path.Text}: the sequence {step.Pattern} needs an item number, e.g. {step.Pattern}[0]");
            // Upstream's read appends empty items up to the one asked for (reproduced: the reference cases show it).
            while (sq.Items.Count <= step.Item) sq.Add(new DicomDataset());
            ds = sq.Items[step.Item];
        }
        var lastStep = steps[^1];
        var element = Find(ds, lastStep.Pattern);
        // Upstream's read of a private element whose creator is absent reserves a block for the creator
        // (reproduced: the reference cases show the inserted creator element).
        if (element is null && lastStep.Pattern.IsPrivate && PrivateCreators.FindBlock(ds, lastStep.Pattern.Group, lastStep.Pattern.Creator!) < 0)
            PrivateCreators.Reserve(ds, lastStep.Pattern.Group, lastStep.Pattern.Creator!);
        return (ds, element);
    }

    /// <summary>Writes <paramref name="value"/> to the element <paramref name="path"/> names, creating sequences, items and
    /// private blocks on the way; the VR is the existing element's, else the dictionary's, else UN.</summary>
    public static void Write(TagPath path, DicomDataset root, string value)
    {
        RequireSingular(path, "assigned with :=");
        var ds = root;
        var steps = path.Steps;
        for (int i = 0; i < steps.Count - 1; i++)
        {
            var step = steps[i];
            if (step.Item < 0)
                throw new ScriptEvaluationException(RuntimeErrorCodes.MissingItemNumber,
                    $"cannot assign to {path.Text}: the sequence {step.Pattern} needs an item number, e.g. {step.Pattern}[0]");
            var tag = ResolveForWrite(ds, step.Pattern);
            var e = ds.Get(tag);
            DicomSequence sq;
            if (e is DicomSequence existing) sq = existing;
            else
            {
                sq = new DicomSequence(tag);
                ds.Set(sq);
            }
            while (sq.Items.Count <= step.Item) sq.Add(new DicomDataset());
            ds = sq.Items[step.Item];
        }
        var lastStep = steps[^1];
        var target = ResolveForWrite(ds, lastStep.Pattern);
        if (lastStep.Item >= 0)
        {
            // (seq)[n] := v: make sure the item exists (the value has nowhere to go).
            if (ds.Get(target) is not DicomSequence seq) { seq = new DicomSequence(target); ds.Set(seq); }
            while (seq.Items.Count <= lastStep.Item) seq.Add(new DicomDataset());
            return;
        }
        WriteElement(root, ds, target, value);
    }

    /// <summary>Writes a value to <paramref name="tag"/> in <paramref name="container"/> with DicomEdit's VR choice: the VR
    /// of the element with that tag at the <b>top level</b> of <paramref name="root"/>, else the dictionary's, else UN.
    /// (Measured: writing an existing LO private element inside an item makes it UN when the top level has no such tag.)</summary>
    public static void WriteElement(DicomDataset root, DicomDataset container, DicomTag tag, string value)
    {
        var existing = root.Get(tag);
        var vr = existing is not null ? existing.VR : DicomDictionary.VROf(tag);
        ElementText.Write(container, tag, vr, value);
    }

    /// <summary>The element of an exact pattern at one level, or null.</summary>
    public static DicomElement? Find(DicomDataset ds, TagPattern pattern)
    {
        if (!pattern.IsPrivate) return ds.Get(pattern.ExactTag);
        int block = PrivateCreators.FindBlock(ds, pattern.Group, pattern.Creator!);
        return block < 0 ? null : ds.Get(new DicomTag(pattern.Group, (ushort)((block << 8) | pattern.PrivateOffset)));
    }

    private static DicomTag ResolveForWrite(DicomDataset ds, TagPattern pattern)
    {
        if (!pattern.IsPrivate) return pattern.ExactTag;
        int block = PrivateCreators.FindBlock(ds, pattern.Group, pattern.Creator!);
        if (block < 0) block = PrivateCreators.Reserve(ds, pattern.Group, pattern.Creator!);
        if (block < 0)
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidPathTarget,
                $"cannot create {pattern}: every private block of group {pattern.Group:X4} is already reserved");
        return new DicomTag(pattern.Group, (ushort)((block << 8) | pattern.PrivateOffset));
    }

    private static void RequireSingular(TagPath path, string use)
    {
        if (!path.IsSingular)
            throw new ScriptEvaluationException(RuntimeErrorCodes.PathNotSingular,
                $"{path.Text} may match several attributes and cannot be {use}; name one attribute (no X/@/# digits, no */+/. levels, no [%])");
    }

    private static string Prefix(IReadOnlyList<PathStep> steps, int through) =>
        string.Join('/', steps.Take(through + 1).Select((s, k) => k == through ? s with { Item = PathStep.NoItem } : s));
}
