using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>Private creator lookups at one level of a data set (PS3.5 §7.8.1), as DicomEdit does them:
/// the creator value compared exactly after the reader's padding trim.</summary>
internal static class PrivateCreators
{
    /// <summary>The value of creator element <paramref name="creatorTag"/> in <paramref name="container"/>, or null.</summary>
    public static string? Read(DicomDataset container, DicomTag creatorTag) =>
        container.Get(creatorTag) is DicomValueElement e ? ElementText.Read(container, e) : null;

    /// <summary>The block byte (0x10–0xFF) that <paramref name="creator"/> reserves in <paramref name="group"/>, or null.</summary>
    public static int FindBlock(DicomDataset container, ushort group, string creator)
    {
        foreach (var e in container.Elements)
        {
            if (e.Tag.Group < group) continue;
            if (e.Tag.Group > group || e.Tag.Element > 0xFF) break;
            if (e.Tag.Element < 0x10 || e is not DicomValueElement v) continue;
            if (string.Equals(ElementText.Read(container, v), creator, StringComparison.Ordinal)) return e.Tag.Element;
        }
        return -1;
    }

    /// <summary>Every block byte that <paramref name="creator"/> reserves in <paramref name="group"/> (bad data may have several).</summary>
    public static List<int> FindBlocks(DicomDataset container, ushort group, string creator)
    {
        var blocks = new List<int>(1);
        foreach (var e in container.Elements)
        {
            if (e.Tag.Group < group) continue;
            if (e.Tag.Group > group || e.Tag.Element > 0xFF) break;
            if (e.Tag.Element < 0x10 || e is not DicomValueElement v) continue;
            if (string.Equals(ElementText.Read(container, v), creator, StringComparison.Ordinal)) blocks.Add(e.Tag.Element);
        }
        return blocks;
    }

    /// <summary>Reserves the first free block (gggg,0010)…(gggg,00FF) for <paramref name="creator"/> and returns it; -1 when all are taken.</summary>
    public static int Reserve(DicomDataset container, ushort group, string creator)
    {
        for (int b = 0x10; b <= 0xFF; b++)
        {
            var tag = new DicomTag(group, (ushort)b);
            if (container.Contains(tag)) continue;
            container.Set(new DicomValueElement(tag, DicomVR.LO, DicomDataset.EncodeValue(DicomVR.LO, creator, container.CharacterSet)));
            return b;
        }
        return -1;
    }
}
