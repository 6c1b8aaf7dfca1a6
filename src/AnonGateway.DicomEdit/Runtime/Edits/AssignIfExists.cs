using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit.Runtime.Paths;

namespace AnonGateway.DicomEdit.Runtime.Edits;

/// <summary><c>path ?= value</c> (spec §6.2): every existing element matching the path gets the value (its VR kept);
/// nothing is created. As measured with DicomEdit, elements are matched as they are visited in data set order, so a
/// creator rewritten by the statement no longer owns its block for the elements after it.</summary>
internal static class AssignIfExists
{
    /// <summary>Applies <c>path ?= value</c>.</summary>
    public static void Apply(TagPath path, DicomDataset root, string value)
    {
        foreach (var m in PathMatcher.Match(path, root))
        {
            if (m.Item is not null) continue;
            var last = path.Last;
            if (last.Kind == PathStepKind.Element && last.Pattern.IsPrivate && !last.Pattern.Matches(m.Container, m.Element.Tag)) continue;
            ElementText.Write(m.Container, m.Element.Tag, m.Element.VR, value);
        }
    }
}
