using AnonGateway.DicomEdit.Runtime.Uids;

namespace AnonGateway.DicomEdit.Tests.Runtime;

public sealed class UidHasherTests
{
    [Theory]
    [InlineData("1.2.3.4.5", "2.25.281097975800109040096884226991818420711")]
    [InlineData("1.2.3.4.5.6", "2.25.262228503153619312954819897114011402300")]
    [InlineData("99.99999.99999999999.999999999999999.999999999", "2.25.25035822876724830630813723844719420300")]
    [InlineData("1.3.46.670589.11.5730.5.0.1744.2010043012343685002", "2.25.76380769527968176043226179709817176787")]
    [InlineData("", "2.25.290070988920337595058960832122557831312")]
    [InlineData("1.2.3", "2.25.148370922854076938159295778886134140470")]
    [InlineData(@"1.2.3.4.5\1.2.3.4.5.6", "2.25.107186061489050566461255638775895559278")]
    public void Hash_MatchesDicomEditVectors(string input, string expected) => Assert.Equal(expected, UidHasher.Hash(input));

    [Fact]
    public void NewRandom_IsA225UidAndDiffers()
    {
        var a = UidHasher.NewRandom();
        Assert.Matches(@"^2\.25\.[1-9]\d*$", a);
        Assert.NotEqual(a, UidHasher.NewRandom());
    }

    [Fact]
    public void UidMap_SameValueSameUid_DifferentValueDifferentUid()
    {
        var map = new UidMap();
        var a = map.Map("1.2.826.0.1", "1.2.3");
        Assert.Equal(a, map.Map("1.2.826.0.1", "1.2.3"));
        Assert.NotEqual(a, map.Map("1.2.826.0.1", "1.2.4"));
        Assert.StartsWith("1.2.826.0.1.", a, StringComparison.Ordinal);
        Assert.True(a.Length <= 64);
    }
}
