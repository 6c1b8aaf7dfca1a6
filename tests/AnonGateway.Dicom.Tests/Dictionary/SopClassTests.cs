using System.Text.Json;
using AnonGateway.Dicom.Uids;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Dictionary;

public sealed class SopClassTests
{
    [Fact]
    public void IsStorageSopClass_CTImageStorage_IsTrue()
    {
        Assert.True(SopClass.IsStorageSopClass("1.2.840.10008.5.1.4.1.1.2"));
        Assert.True(SopClass.IsStorageSopClass("1.2.840.10008.5.1.4.1.1.2\0"));
        var ct = SopClass.Lookup("1.2.840.10008.5.1.4.1.1.2");
        Assert.NotNull(ct);
        Assert.Equal("CT Image Storage", ct.Name);
        Assert.Equal("CT Image", ct.Iod);
    }

    [Fact]
    public void IsStorageSopClass_Verification_IsFalse()
    {
        Assert.False(SopClass.IsStorageSopClass("1.2.840.10008.1.1"));
        Assert.False(SopClass.Lookup("1.2.840.10008.1.1")?.IsStorage ?? true);
    }

    [Fact]
    public void IsStorageSopClass_UnknownOrTransferSyntax_IsFalse()
    {
        Assert.False(SopClass.IsStorageSopClass("1.2.840.10008.1.2"));
        Assert.False(SopClass.IsStorageSopClass("1.2.3"));
        Assert.Null(SopClass.Lookup("1.2.3"));
    }

    [Fact]
    public void IsStorageSopClass_RetiredUltrasound_IsTrue() =>
        Assert.True(SopClass.IsStorageSopClass("1.2.840.10008.5.1.4.1.1.6"));

    [Fact]
    public void All_HoldsEverySopOfSopsJsonAsStorage()
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.DicomStandard, "sops.json"));
        using var json = JsonDocument.Parse(stream);
        var ids = json.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(175, ids.Count);
        Assert.All(ids, id => Assert.True(SopClass.IsStorageSopClass(id), id));
        Assert.Equal(SopClass.All.Count, SopClass.All.Select(s => s.Uid).Distinct(StringComparer.Ordinal).Count());
    }
}
