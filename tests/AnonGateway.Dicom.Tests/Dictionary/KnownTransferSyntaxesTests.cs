using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.Tests.Dictionary;

public sealed class KnownTransferSyntaxesTests
{
    [Theory]
    //          uid                         explicit bigEnd deflated encaps retired
    [InlineData("1.2.840.10008.1.2", false, false, false, false, false)]
    [InlineData("1.2.840.10008.1.2.1", true, false, false, false, false)]
    [InlineData("1.2.840.10008.1.2.1.99", true, false, true, false, false)]
    [InlineData("1.2.840.10008.1.2.2", true, true, false, false, true)]
    [InlineData("1.2.840.10008.1.2.1.98", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.50", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.52", true, false, false, true, true)]
    [InlineData("1.2.840.10008.1.2.4.70", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.90", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.95", true, false, true, false, false)]
    [InlineData("1.2.840.10008.1.2.5", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.201", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.202", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.203", true, false, false, true, false)]
    [InlineData("1.2.840.10008.1.2.4.205", true, false, true, false, false)]
    public void Known_Flags(string uid, bool isExplicit, bool bigEndian, bool deflated, bool encapsulated, bool retired)
    {
        var ts = TransferSyntax.TryGetKnown(uid);
        Assert.NotNull(ts);
        Assert.True(ts.IsKnown);
        Assert.Equal(isExplicit, ts.IsExplicitVR);
        Assert.Equal(bigEndian, ts.IsBigEndian);
        Assert.Equal(deflated, ts.IsDeflated);
        Assert.Equal(encapsulated, ts.IsEncapsulated);
        Assert.Equal(retired, ts.IsRetired);
    }

    [Fact]
    public void Known_NativeSyntaxesAreTheOnlyUncompressedImageEncodings()
    {
        Assert.True(TransferSyntax.ImplicitVRLittleEndian.IsUncompressed);
        Assert.True(TransferSyntax.ExplicitVRLittleEndian.IsUncompressed);
        Assert.True(TransferSyntax.ExplicitVRBigEndian.IsUncompressed);
        Assert.False(TransferSyntax.DeflatedExplicitVRLittleEndian.IsUncompressed);
        Assert.Equal("JPEG Baseline (Process 1)", TransferSyntax.Lookup("1.2.840.10008.1.2.4.50").Name);
    }

    [Fact]
    public void Known_CoversTheJpegFamilyAndVideo()
    {
        var uids = TransferSyntax.Known.Select(t => t.Uid).ToHashSet(StringComparer.Ordinal);
        foreach (var n in Enumerable.Range(50, 17)) Assert.Contains($"1.2.840.10008.1.2.4.{n}", uids);
        foreach (var n in new[] { 70, 80, 81, 90, 91, 92, 93, 94, 95, 100, 101, 102, 103, 104, 105, 106, 107, 108, 201, 202, 203, 204, 205 })
            Assert.Contains($"1.2.840.10008.1.2.4.{n}", uids);
        Assert.All(TransferSyntax.Known, t => Assert.False(t.IsBigEndian && t.Uid != "1.2.840.10008.1.2.2"));
    }

    [Fact]
    public void Lookup_UnknownUid_IsEncapsulatedExplicitLittleEndian()
    {
        var ts = TransferSyntax.Lookup("1.2.3.4\0");
        Assert.False(ts.IsKnown);
        Assert.Equal("1.2.3.4", ts.Uid);
        Assert.True(ts.IsEncapsulated);
    }
}
