using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;

namespace AnonGateway.Dicom.Network.Tests;

/// <summary>Compares two data sets element by element (values as little-endian bytes, sequences recursively,
/// fragments one by one), ignoring group lengths; returns the first difference or null.</summary>
internal static class DatasetComparer
{
    public static string? FirstDifference(string expectedFile, string actualFile)
    {
        var a = DicomFile.Open(expectedFile).Dataset;
        var b = DicomFile.Open(actualFile).Dataset;
        return Compare(a, b, "");
    }

    public static string? Compare(DicomDataset a, DicomDataset b, string path)
    {
        var ea = a.Elements.Where(e => e.Tag.Element != 0).ToList();
        var eb = b.Elements.Where(e => e.Tag.Element != 0).ToList();
        if (ea.Count != eb.Count) return $"{path}: {ea.Count} elements vs {eb.Count} ({string.Join(",", ea.Select(e => e.Tag).Except(eb.Select(e => e.Tag)).Concat(eb.Select(e => e.Tag).Except(ea.Select(e => e.Tag))))})";
        for (int i = 0; i < ea.Count; i++)
        {
            var x = ea[i];
            var y = eb[i];
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
                case (DicomSequence, DicomValueElement { VR: Dictionary.DicomVR.UN }) or (DicomValueElement { VR: Dictionary.DicomVR.UN }, DicomSequence) when x.Tag.IsPrivate:
                    break; // an unknown private sequence in implicit VR can only be read as UN
                default:
                    return $"{path}{x.Tag}: {x.GetType().Name} vs {y.GetType().Name}";
            }
        }
        return null;
    }

    /// <summary>The data set bytes of a Part 10 file (everything after the meta group).</summary>
    public static byte[] DataSetBytes(string path)
    {
        var header = Services.Part10Header.TryRead(path) ?? throw new InvalidOperationException(path + " has no Part 10 header");
        var all = File.ReadAllBytes(path);
        return all[(int)header.DataSetOffset..];
    }
}
