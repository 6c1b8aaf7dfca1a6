using System.Reflection;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Tests.Dictionary;

public sealed class DicomTagsTests
{
    private static readonly PropertyInfo[] s_fields = typeof(DicomTags).GetProperties(BindingFlags.Public | BindingFlags.Static);

    [Fact]
    public void EveryConstant_RoundTripsThroughTheDictionary()
    {
        Assert.NotEmpty(s_fields);
        foreach (var field in s_fields)
        {
            var tag = (DicomTag)field.GetValue(null)!;
            var byTag = DicomDictionary.Lookup(tag);
            Assert.True(byTag is not null, $"{field.Name} {tag} not in the dictionary");
            Assert.Equal(field.Name, byTag.Keyword);
            Assert.Equal(0xFFFFFFFFu, byTag.Mask);
            Assert.Equal(tag, DicomDictionary.LookupKeyword(field.Name)?.Tag);
        }
    }

    [Fact]
    public void Constants_CoverEveryKeywordWithASingleTag()
    {
        var expected = DicomDictionary.Entries.Where(e => e.Keyword.Length > 0 && e.Mask == 0xFFFFFFFF).Select(e => e.Keyword).Order(StringComparer.Ordinal);
        Assert.Equal(expected, s_fields.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constants_AgreeWithTheCoreShortcuts()
    {
        Assert.Equal(DicomTag.PixelData, DicomTags.PixelData);
        Assert.Equal(DicomTag.TransferSyntaxUid, DicomTags.TransferSyntaxUID);
        Assert.Equal(DicomTag.SpecificCharacterSet, DicomTags.SpecificCharacterSet);
        Assert.Equal(new DicomTag(0x0010, 0x0010), DicomTags.PatientName);
    }
}
