using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;

namespace AnonGateway.TestSupport;

/// <summary>Compares the data sets of two DICOM files element by element (values as little-endian bytes so that
/// the transfer syntax does not matter, sequences recursively, fragments one by one), ignoring group lengths.</summary>
public static class DatasetDifference
{
    /// <summary>The first difference between the data sets of two files, or null.</summary>
    public static string? FirstDifference(string expectedFile, string actualFile) =>
        Compare(DicomFile.Open(expectedFile).Dataset, DicomFile.Open(actualFile).Dataset, "");

    /// <summary>The first difference between two data sets, or null; <paramref name="path"/> prefixes the location.</summary>
    public static string? Compare(DicomDataset a, DicomDataset b, string path = "")
    {
        var ea = a.Elements.Where(e => e.Tag.Element != 0).ToList();
        var eb = b.Elements.Where(e => e.Tag.Element != 0).ToList();
        if (ea.Count != eb.Count)
            return $"{path}: {ea.Count} elements vs {eb.Count} ({string.Join(",", ea.Select(e => e.Tag).Except(eb.Select(e => e.Tag)).Concat(eb.Select(e => e.Tag).Except(ea.Select(e => e.Tag))))})";
        for (int i = 0; i < ea.Count; i++)
        {
            var (x, y) = (ea[i], eb[i]);
            if (x.Tag != y.Tag) return $"{path}{x.Tag} vs {y.Tag}";
            switch (x, y)
            {
                case (DicomValueElement vx, DicomValueElement vy):
                    if (!vx.Value.Memory.Span.SequenceEqual(vy.Value.Memory.Span)) return $"{path}{x.Tag}: values differ ({vx.Length} vs {vy.Length} bytes)";
                    break;
                case (DicomSequence sx, DicomSequence sy):
                    if (sx.Items.Count != sy.Items.Count) return $"{path}{x.Tag}: {sx.Items.Count} items vs {sy.Items.Count}";
                    for (int j = 0; j < sx.Items.Count; j++)
                        if (Compare(sx.Items[j], sy.Items[j], $"{path}{x.Tag}[{j}].") is { } d) return d;
                    break;
                case (DicomFragmentSequence fx, DicomFragmentSequence fy):
                    if (fx.Fragments.Count != fy.Fragments.Count) return $"{path}{x.Tag}: {fx.Fragments.Count} fragments vs {fy.Fragments.Count}";
                    for (int j = 0; j < fx.Fragments.Count; j++)
                        if (!fx.Fragments[j].Memory.Span.SequenceEqual(fy.Fragments[j].Memory.Span)) return $"{path}{x.Tag}: fragment {j} differs";
                    break;
                case (DicomSequence, DicomValueElement { VR: DicomVR.UN }) or (DicomValueElement { VR: DicomVR.UN }, DicomSequence) when x.Tag.IsPrivate:
                    break; // an unknown private sequence read from implicit VR can only be UN
                default:
                    return $"{path}{x.Tag}: {x.GetType().Name} vs {y.GetType().Name}";
            }
        }
        return null;
    }
}
