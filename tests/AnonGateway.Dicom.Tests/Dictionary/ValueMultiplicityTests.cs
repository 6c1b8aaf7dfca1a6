using System.Text.Json;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Dictionary;

public sealed class ValueMultiplicityTests
{
    [Fact]
    public void Parse_EveryDistinctVMOfTheStandard_Succeeds()
    {
        using var stream = File.OpenRead(Path.Combine(TestPaths.DicomStandard, "attributes.json"));
        using var json = JsonDocument.Parse(stream);
        var distinct = json.RootElement.EnumerateArray().Select(r => r.GetProperty("valueMultiplicity").GetString()!)
            .Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        Assert.True(distinct.Count >= 20, $"only {distinct.Count} distinct VMs");
        foreach (var text in distinct)
        {
            var vm = ValueMultiplicity.Parse(text);
            Assert.True(vm.Minimum >= 1 && vm.Maximum >= vm.Minimum && vm.Step >= 1, $"{text} → {vm}");
            Assert.True(vm.Allows(vm.Minimum), text);
        }
    }

    [Theory]
    [InlineData("1", 1, 1, 1)]
    [InlineData("16", 16, 16, 1)]
    [InlineData("1-3", 1, 3, 1)]
    [InlineData("1-32", 1, 32, 1)]
    [InlineData("1-n", 1, ValueMultiplicity.Unbounded, 1)]
    [InlineData("6-n", 6, ValueMultiplicity.Unbounded, 1)]
    [InlineData("2-2n", 2, ValueMultiplicity.Unbounded, 2)]
    [InlineData("3-3n", 3, ValueMultiplicity.Unbounded, 3)]
    [InlineData("1-n or 1", 1, ValueMultiplicity.Unbounded, 1)]
    [InlineData(" 4-5 ", 4, 5, 1)]
    public void Parse_Forms(string text, int min, int max, int step) =>
        Assert.Equal(new ValueMultiplicity(min, max, step), ValueMultiplicity.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("n")]
    [InlineData("0")]
    [InlineData("3-1")]
    [InlineData("1-x")]
    [InlineData("-2")]
    public void Parse_NotAMultiplicity_Throws(string text) =>
        Assert.Throws<FormatException>(() => ValueMultiplicity.Parse(text));

    [Fact]
    public void Allows_TwoToTwoN_RequiresPairs()
    {
        var vm = ValueMultiplicity.Parse("2-2n");
        Assert.False(vm.Allows(1));
        Assert.True(vm.Allows(2));
        Assert.False(vm.Allows(3));
        Assert.True(vm.Allows(6));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1-3")]
    [InlineData("1-n")]
    [InlineData("2-2n")]
    public void ToString_RoundTrips(string text) => Assert.Equal(text, ValueMultiplicity.Parse(text).ToString());
}
