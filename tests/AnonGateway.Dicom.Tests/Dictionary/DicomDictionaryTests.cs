using System.Text.Json;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Dictionary;

public sealed class DicomDictionaryTests
{
    private static DictionaryEntry Entry(ushort group, ushort element) =>
        DicomDictionary.Lookup(new DicomTag(group, element)) ?? throw new Xunit.Sdk.XunitException($"({group:X4},{element:X4}) not found");

    [Fact]
    public void Entries_HoldEveryRowOfAttributesJson()
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.DicomStandard, "attributes.json"));
        using var json = JsonDocument.Parse(stream);
        Assert.Equal(5129, DicomDictionary.Entries.Count);
        Assert.Equal(json.RootElement.GetArrayLength(), DicomDictionary.Entries.Count);
    }

    [Fact]
    public void Entries_AreInTagOrderWithoutDuplicates()
    {
        var entries = DicomDictionary.Entries;
        // (0028,04X0) shares its zero-digit value with (0028,0400): equal values are ordered exact entry first.
        for (int i = 1; i < entries.Count; i++)
        {
            var (a, b) = (entries[i - 1], entries[i]);
            Assert.True(a.Tag.Value < b.Tag.Value || (a.Tag.Value == b.Tag.Value && a.Mask > b.Mask), $"{a.Tag}/{a.Mask:X8} before {b.Tag}/{b.Mask:X8}");
        }
    }

    [Fact]
    public void Entries_MatchAttributesJsonRowByRow()
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.DicomStandard, "attributes.json"));
        using var json = JsonDocument.Parse(stream);
        foreach (var row in json.RootElement.EnumerateArray())
        {
            var keyword = row.GetProperty("keyword").GetString()!;
            if (keyword.Length == 0) continue;
            var entry = DicomDictionary.LookupKeyword(keyword);
            Assert.NotNull(entry);
            Assert.Equal(row.GetProperty("name").GetString(), entry.Name);
            Assert.Equal(row.GetProperty("retired").GetString() == "Y", entry.Retired);
            var vr = row.GetProperty("valueRepresentation").GetString()!;
            if (vr.Length == 2) Assert.Equal(vr, entry.VR.Code());
            if (vr.Contains(" or ", StringComparison.Ordinal))
                Assert.Equal(vr.Split(" or "), entry.AlternativeVRs.Select(v => v.Code()));
            var tagText = row.GetProperty("tag").GetString()!;
            Assert.Equal(tagText.Contains('X', StringComparison.Ordinal), entry.Mask != 0xFFFFFFFF);
        }
    }

    [Fact]
    public void Lookup_PatientName_IsPersonNameSingleValued()
    {
        var e = Entry(0x0010, 0x0010);
        Assert.Equal("PatientName", e.Keyword);
        Assert.Equal("Patient's Name", e.Name);
        Assert.Equal(DicomVR.PN, e.VR);
        Assert.Equal([DicomVR.PN], e.AlternativeVRs);
        Assert.Equal(ValueMultiplicity.One, e.Multiplicity);
        Assert.False(e.Retired);
        Assert.Equal(0xFFFFFFFFu, e.Mask);
    }

    [Fact]
    public void Lookup_PixelData_IsOWForImplicitVRWithOBAllowed()
    {
        var e = Entry(0x7FE0, 0x0010);
        Assert.Equal("PixelData", e.Keyword);
        Assert.Equal(DicomVR.OW, e.VR);
        Assert.Equal([DicomVR.OB, DicomVR.OW], e.AlternativeVRs);
    }

    [Theory]
    [InlineData(0x0028, 0x0106, "SmallestImagePixelValue")]
    [InlineData(0x0028, 0x3006, "LUTData")]
    [InlineData(0x0028, 0x1200, "GrayLookupTableData")]
    public void Lookup_AmbiguousLutAndPixelValues_DefaultToUS(int group, int element, string keyword)
    {
        var e = Entry((ushort)group, (ushort)element);
        Assert.Equal(keyword, e.Keyword);
        Assert.Equal(DicomVR.US, e.VR);
        Assert.True(e.AlternativeVRs.Length >= 2);
        Assert.Contains(DicomVR.US, e.AlternativeVRs);
    }

    [Fact]
    public void Lookup_LutDataMultiplicity_AllowsOneOrMany()
    {
        var vm = Entry(0x0028, 0x3006).Multiplicity;
        Assert.True(vm.Allows(1));
        Assert.True(vm.Allows(4096));
        Assert.False(vm.Allows(0));
    }

    [Theory]
    [InlineData(0x6000)]
    [InlineData(0x6002)]
    [InlineData(0x601E)]
    public void Lookup_OverlayDataInAnyEvenOverlayGroup_IsOverlayData(int group)
    {
        var e = Entry((ushort)group, 0x3000);
        Assert.Equal("OverlayData", e.Keyword);
        Assert.Equal(new DicomTag(0x6000, 0x3000), e.Tag);
        Assert.Equal(0xFFE1FFFFu, e.Mask);
        Assert.Equal(DicomVR.OW, e.VR);
    }

    [Fact]
    public void Lookup_OddOverlayGroup_IsPrivateNotOverlay()
    {
        // (6001,0010) is a private creator; (60xx,0010) Overlay Rows must not claim it.
        var creator = Entry(0x6001, 0x0010);
        Assert.Equal("PrivateCreator", creator.Keyword);
        Assert.Equal(DicomVR.LO, creator.VR);
        Assert.Null(DicomDictionary.Lookup(new DicomTag(0x6001, 0x3000)));
        Assert.Null(DicomDictionary.Lookup(new DicomTag(0x6020, 0x3000)));
    }

    [Theory]
    [InlineData(0x0020, 0x3100, "SourceImageIDs")]
    [InlineData(0x0020, 0x31FF, "SourceImageIDs")]
    [InlineData(0x0028, 0x0410, "RowsForNthOrderCoefficients")]
    [InlineData(0x0028, 0x0493, "CoefficientCodingPointers")]
    [InlineData(0x1000, 0x1233, "HuffmanTableTriplet")]
    [InlineData(0x1010, 0xABCD, "ZonalMap")]
    [InlineData(0x5010, 0x3000, "CurveData")]
    [InlineData(0x7F02, 0x0010, "VariablePixelData")]
    public void Lookup_RepeatingPatterns_MatchEveryXDigit(int group, int element, string keyword)
    {
        var e = Entry((ushort)group, (ushort)element);
        Assert.Equal(keyword, e.Keyword);
        Assert.True(e.Retired);
        Assert.NotEqual(0xFFFFFFFFu, e.Mask);
    }

    [Fact]
    public void Lookup_ExactEntryWinsOverRepeatingPattern()
    {
        // (0028,0400) Transform Label is its own entry, although (0028,04X0) would match it.
        Assert.Equal("TransformLabel", Entry(0x0028, 0x0400).Keyword);
    }

    [Fact]
    public void Lookup_PixelDataGroup_IsNotVariablePixelData()
    {
        Assert.Equal("PixelData", Entry(0x7FE0, 0x0010).Keyword);
        Assert.Null(DicomDictionary.Lookup(new DicomTag(0x7FE2, 0x0010)));
    }

    [Fact]
    public void Lookup_GroupLength_IsGenericGroupLength()
    {
        var e = Entry(0x0009, 0x0000);
        Assert.Equal("GenericGroupLength", e.Keyword);
        Assert.Equal(DicomVR.UL, e.VR);
        Assert.Equal("FileMetaInformationGroupLength", Entry(0x0002, 0x0000).Keyword);
    }

    [Fact]
    public void Lookup_PrivateCreator_IsLO()
    {
        var e = Entry(0x0029, 0x0011);
        Assert.Equal("PrivateCreator", e.Keyword);
        Assert.Equal(DicomVR.LO, e.VR);
        Assert.Null(DicomDictionary.Lookup(new DicomTag(0x0029, 0x1010)));
    }

    [Fact]
    public void Lookup_ItemAndDelimiters_HaveNoVR()
    {
        foreach (var tag in new[] { DicomTag.Item, DicomTag.ItemDelimitationItem, DicomTag.SequenceDelimitationItem })
        {
            var e = DicomDictionary.Lookup(tag);
            Assert.NotNull(e);
            Assert.Equal(DicomVR.None, e.VR);
            Assert.Empty(e.AlternativeVRs);
        }
    }

    [Fact]
    public void Lookup_RetiredRowWithoutVR_IsUN()
    {
        var e = Entry(0x0028, 0x0020);
        Assert.Equal(DicomVR.UN, e.VR);
        Assert.Empty(e.AlternativeVRs);
        Assert.True(e.Retired);
        Assert.Equal(string.Empty, e.Keyword);
    }

    [Theory]
    [InlineData("PatientID", 0x0010, 0x0020)]
    [InlineData("StudyInstanceUID", 0x0020, 0x000D)]
    [InlineData("TransferSyntaxUID", 0x0002, 0x0010)]
    [InlineData("OverlayData", 0x6000, 0x3000)]
    public void LookupKeyword_FindsTheEntry(string keyword, int group, int element) =>
        Assert.Equal(new DicomTag((ushort)group, (ushort)element), DicomDictionary.LookupKeyword(keyword)?.Tag);

    [Fact]
    public void LookupKeyword_IsCaseSensitiveAndNullWhenUnknown()
    {
        Assert.Null(DicomDictionary.LookupKeyword("patientname"));
        Assert.Null(DicomDictionary.LookupKeyword("NoSuchKeyword"));
    }
}
