using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Dates;
using AnonGateway.DicomEdit.Runtime.Edits;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>retainPrivateTags[paths…]</c> (spec §9.22): removes all private data except the elements the (private)
/// paths match — a retained private sequence keeps all its content — and the creators they need. Works on every
/// group below 8000; like DicomEdit (measured) it fails on an object with a private group from 8000 up.</summary>
internal sealed class RetainPrivateTagsFunction : ScriptFunction
{
    public override string Name => "retainPrivateTags";
    public override int MinArguments => 0;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        if (HasHighPrivateGroup(context.Dataset))
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                $"{Name} cannot run on an object with a private group at or above 8000: XNAT's DicomEdit fails on such objects, so this one is failed too (remove those groups first, e.g. with delete[\"(gggg,eeee)\"])");
        var paths = Arguments.Paths(arguments, Name);
        var all = new List<TagPath>(paths.Count * 2);
        foreach (var p in paths)
        {
            if (!p.IsPrivate)
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument,
                    $"{Name}: {p.Text} is not a private path; name private elements by creator, e.g. (0019,{{SIEMENS MR HEADER}}XX)");
            all.Add(p);
            all.Add(p.WithTrailingAnyLevels());
        }
        var keep = new HashSet<DicomElement>(ReferenceEqualityComparer.Instance);
        foreach (var m in PathMatcher.MatchAll(all, context.Dataset))
        {
            if (m.Item is not null) continue;
            Keep(m.Container, m.Element, keep);
        }
        KeepReadUnElements(context.Dataset, keep);
        Prune(context.Dataset, keep);
        return ScriptValue.Null;
    }

    // Keeps an element, the creator of its block, and every enclosing sequence (with its creator).
    private static void Keep(DicomDataset container, DicomElement element, HashSet<DicomElement> keep)
    {
        for (DicomDataset? ds = container; ds is not null; )
        {
            if (!keep.Add(element)) return;
            if (element.Tag.PrivateCreatorTag is { } ct && ds.Get(ct) is { } creator) keep.Add(creator);
            var parentSequence = ds.ParentSequence;
            if (parentSequence?.Parent is null) return;
            element = parentSequence;
            ds = parentSequence.Parent;
        }
    }

    // DicomEdit quirk (reference case 096): a private UN element the script read survives, with its creator.
    private static void KeepReadUnElements(DicomDataset ds, HashSet<DicomElement> keep)
    {
        foreach (var e in ds.Elements)
        {
            if (DecodedUnValue.IsRead(e)) Keep(ds, e, keep);
            else if (e is DicomSequence sq) foreach (var item in sq.Items) KeepReadUnElements(item, keep);
        }
    }

    private static bool HasHighPrivateGroup(DicomDataset ds) =>
        ds.Elements.Any(e => e.Tag.IsPrivate && e.Tag.Group >= 0x8000 || e is DicomSequence sq && sq.Items.Any(HasHighPrivateGroup));

    private static void Prune(DicomDataset ds, HashSet<DicomElement> keep)
    {
        ds.RemoveAll(e => e.Tag.IsPrivate && !keep.Contains(e));
        foreach (var e in ds.Elements)
            if (e is DicomSequence sq)
                foreach (var item in sq.Items) Prune(item, keep);
    }
}
