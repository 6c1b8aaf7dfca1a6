using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Tests.Text;

/// <summary>The character set a data set decodes with follows every change of (0008,0005), here or above it, although
/// it is cached between reads.</summary>
public class DatasetCharacterSetTests
{
    private static readonly DicomTag Name = new(0x0010, 0x0010);
    private static readonly byte[] Latin1Eacute = [0x52, 0xE9, 0x6D, 0x79]; // "Rémy" in ISO_IR 100
    private static readonly byte[] Utf8Eacute = [0x52, 0xC3, 0xA9, 0x6D, 0x79]; // "Rémy" in ISO_IR 192

    private static DicomValueElement Charset(string term) => new(DicomTag.SpecificCharacterSet, DicomVR.CS, System.Text.Encoding.ASCII.GetBytes(term.Length % 2 == 1 ? term + " " : term));

    [Fact]
    public void ReplacingSpecificCharacterSet_ChangesTheDecoding()
    {
        var ds = new DicomDataset();
        ds.Set(Charset("ISO_IR 100"));
        ds.Set(new DicomValueElement(Name, DicomVR.PN, Latin1Eacute));
        Assert.Equal("Rémy", ds.GetString(Name));
        Assert.Equal("Rémy", ds.GetString(Name));

        ds.Set(Charset("ISO_IR 192"));
        ds.Set(new DicomValueElement(Name, DicomVR.PN, Utf8Eacute));
        Assert.Equal("Rémy", ds.GetString(Name));

        ds.Remove(DicomTag.SpecificCharacterSet);
        Assert.Same(AnonGateway.Dicom.Text.SpecificCharacterSet.Default, ds.CharacterSet);
    }

    [Fact]
    public void AnItem_FollowsAChangeInItsParent()
    {
        var top = new DicomDataset();
        top.Set(Charset("ISO_IR 100"));
        var item = new DicomDataset();
        item.Set(new DicomValueElement(Name, DicomVR.PN, Latin1Eacute));
        top.Set(new DicomSequence(new DicomTag(0x0008, 0x1115), [item]));
        Assert.Equal("Rémy", item.GetString(Name));

        top.Set(Charset("ISO_IR 192"));
        item.Set(new DicomValueElement(Name, DicomVR.PN, Utf8Eacute));
        Assert.Equal("Rémy", item.GetString(Name));
    }
}
