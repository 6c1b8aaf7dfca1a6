using System.Text.Json;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Dictionary;

public sealed class ConfidentialityProfileTests
{
    [Fact]
    public void Rows_HoldEveryRowOfTableE11()
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.DicomStandard, "confidentiality_profile_attributes.json"));
        using var json = JsonDocument.Parse(stream);
        Assert.Equal(json.RootElement.GetArrayLength(), ConfidentialityProfile.Rows.Count);
        Assert.Equal(621, ConfidentialityProfile.Rows.Count);
    }

    [Fact]
    public void Lookup_PatientName_IsZ()
    {
        var row = ConfidentialityProfile.Lookup(DicomTags.PatientName);
        Assert.NotNull(row);
        Assert.Equal("Patient's Name", row.Name);
        Assert.Equal("Z", row.BasicProfile);
        Assert.True(row.InStandardCompositeIod);
    }

    [Fact]
    public void Lookup_StudyDate_HasDateOptions()
    {
        var row = ConfidentialityProfile.Lookup(new DicomTag(0x0008, 0x0020));
        Assert.NotNull(row);
        Assert.Equal("K", row.RetainLongitudinalFullDates);
        Assert.Equal("C", row.RetainLongitudinalModifiedDates);
        Assert.Null(row.CleanDescriptors);
    }

    [Fact]
    public void Lookup_StudyInstanceUid_IsUAndKeptWithRetainUids()
    {
        var row = ConfidentialityProfile.Lookup(new DicomTag(0x0020, 0x000D));
        Assert.NotNull(row);
        Assert.Equal("U", row.BasicProfile);
        Assert.Equal("K", row.RetainUids);
    }

    [Fact]
    public void Lookup_OverlayDataInAnyOverlayGroup_UsesTheRepeatingRow()
    {
        var row = ConfidentialityProfile.Lookup(new DicomTag(0x6004, 0x3000));
        Assert.NotNull(row);
        Assert.Equal("(60XX,3000)", row.TagPattern);
        Assert.Equal("C", row.CleanGraphics);
        Assert.Equal("(50XX,XXXX)", ConfidentialityProfile.Lookup(new DicomTag(0x5002, 0x1234))?.TagPattern);
    }

    [Fact]
    public void Lookup_PrivateTag_UsesThePrivateAttributesRow()
    {
        var row = ConfidentialityProfile.Lookup(new DicomTag(0x0029, 0x1010));
        Assert.NotNull(row);
        Assert.True(row.IsPrivateAttributes);
        Assert.Equal("X", row.BasicProfile);
        Assert.Equal("C", row.RetainSafePrivate);
        // Odd groups below 0008 are not private.
        Assert.Null(ConfidentialityProfile.Lookup(new DicomTag(0x0003, 0x0010)));
        Assert.Same(row, ConfidentialityProfile.Lookup(new DicomTag(0x6001, 0x3000)));
    }

    [Fact]
    public void Lookup_UnlistedStandardAttribute_IsNull() =>
        Assert.Null(ConfidentialityProfile.Lookup(new DicomTag(0x0028, 0x0010)));
}
