using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit.Runtime.Paths;

namespace AnonGateway.DicomEdit.Runtime.Edits;

/// <summary><c>- path</c> and <c>removeTags[…]</c> (spec §6.3): removes every matching element at any depth, never
/// a private creator; a path ending in <c>(seq)[n]</c> empties that item but keeps it (XNAT 1.8.7+) and, as measured, the
/// private creators in it.</summary>
internal static class Deletion
{
    /// <summary>Applies the deletion of <paramref name="path"/> to <paramref name="root"/>.</summary>
    public static void Apply(TagPath path, DicomDataset root)
    {
        // The common "-(gggg,eeee)" needs no walk.
        if (path.Steps.Count == 1 && path.IsSingular && !path.IsPrivate && path.Last.Item == PathStep.NoItem)
        {
            var tag = path.Last.Pattern.ExactTag;
            if (!tag.IsPrivateCreator) root.Remove(tag);
            return;
        }
        Apply(PathMatcher.Match(path, root));
    }

    /// <summary>Removes the given matches.</summary>
    public static void Apply(List<PathMatch> matches)
    {
        foreach (var m in matches)
        {
            if (m.Item is not null)
            {
                m.Item.RemoveAll(static e => !e.Tag.IsPrivateCreator);
                continue;
            }
            if (m.Element.Tag.IsPrivateCreator) continue;
            m.Container.Remove(m.Element.Tag);
        }
    }
}
