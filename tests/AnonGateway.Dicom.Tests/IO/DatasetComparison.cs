using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary>Compares a data set with its rewritten copy and lists every difference (empty: the same data set).</summary>
/// <remarks>The writer's documented changes are allowed for: an odd-length value comes back padded to even with the
/// VR's padding byte, an unknown VR ("??") comes back as UN, and group lengths (gggg,0000) are recomputed.</remarks>
internal static class DatasetComparison
{
    /// <param name="original">The data set read first.</param>
    /// <param name="copy">The data set read back from the rewritten file.</param>
    /// <param name="allowVRChange">Accepts a VR change (tag, original VR, copy VR): for implicit VR copies.</param>
    public static List<string> Differences(DicomDataset original, DicomDataset copy, Func<DicomTag, DicomVR, DicomVR, bool>? allowVRChange = null)
    {
        var diffs = new List<string>();
        Compare(original, copy, "", diffs, allowVRChange ?? ((_, _, _) => false));
        return diffs;
    }

    /// <summary>VR changes that writing in implicit VR brings: the dictionary's VR (one of its alternatives) or UN for
    /// elements it does not know.</summary>
    public static bool ImplicitVRChange(DicomTag tag, DicomVR from, DicomVR to)
    {
        if (to == DicomVR.UN || from == DicomVR.UN) return true;
        var entry = DicomDictionary.Lookup(tag);
        return entry is not null && entry.AlternativeVRs.Contains(from) && entry.AlternativeVRs.Contains(to);
    }

    private static void Compare(DicomDataset a, DicomDataset b, string path, List<string> diffs, Func<DicomTag, DicomVR, DicomVR, bool> allowVRChange)
    {
        var tagsA = a.Elements.Select(e => e.Tag).ToList();
        var tagsB = b.Elements.Select(e => e.Tag).ToList();
        if (!tagsA.SequenceEqual(tagsB))
        {
            diffs.Add($"{path}: tags differ: only in original {string.Join(' ', tagsA.Except(tagsB))}; only in copy {string.Join(' ', tagsB.Except(tagsA))}");
            return;
        }
        for (int i = 0; i < a.Count; i++)
        {
            var ea = a.Elements[i];
            var eb = b.Elements[i];
            var at = $"{path}{ea.Tag}";
            var expectedVR = ea.VR == DicomVR.None ? DicomVR.UN : ea.VR;
            if (expectedVR != eb.VR && !allowVRChange(ea.Tag, expectedVR, eb.VR)) diffs.Add($"{at}: VR {ea.VR.Code()} became {eb.VR.Code()}");
            switch (ea, eb)
            {
                case (DicomValueElement va, DicomValueElement vb):
                    if (ea.Tag.Element == 0 && !ea.Tag.IsDelimiter) break; // recomputed group length
                    var bytesA = va.Value.Memory.ToArray();
                    if ((bytesA.Length & 1) == 1) bytesA = [.. bytesA, va.VR.PaddingByte()];
                    if (!bytesA.AsSpan().SequenceEqual(vb.Value.Memory.Span))
                        diffs.Add($"{at}: value differs ({va.Length} bytes vs {vb.Length})");
                    break;
                case (DicomSequence sa, DicomSequence sb):
                    if (sa.UndefinedLength != sb.UndefinedLength) diffs.Add($"{at}: sequence length encoding changed");
                    if (sa.Items.Count != sb.Items.Count) { diffs.Add($"{at}: {sa.Items.Count} items became {sb.Items.Count}"); break; }
                    for (int k = 0; k < sa.Items.Count; k++)
                    {
                        if (sa.Items[k].UndefinedLength != sb.Items[k].UndefinedLength) diffs.Add($"{at}[{k}]: item length encoding changed");
                        Compare(sa.Items[k], sb.Items[k], $"{at}[{k}]/", diffs, allowVRChange);
                    }
                    break;
                case (DicomFragmentSequence fa, DicomFragmentSequence fb):
                    if (!fa.OffsetTable.Memory.Span.SequenceEqual(fb.OffsetTable.Memory.Span)) diffs.Add($"{at}: offset table differs");
                    if (fa.Fragments.Count != fb.Fragments.Count) { diffs.Add($"{at}: {fa.Fragments.Count} fragments became {fb.Fragments.Count}"); break; }
                    for (int k = 0; k < fa.Fragments.Count; k++)
                        if (!fa.Fragments[k].Memory.Span.SequenceEqual(fb.Fragments[k].Memory.Span)) diffs.Add($"{at}: fragment {k} differs");
                    break;
                default:
                    diffs.Add($"{at}: {ea.GetType().Name} became {eb.GetType().Name}");
                    break;
            }
        }
    }
}
