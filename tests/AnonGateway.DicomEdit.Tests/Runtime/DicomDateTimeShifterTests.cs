using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Runtime.Dates;

namespace AnonGateway.DicomEdit.Tests.Runtime;

public sealed class DicomDateTimeShifterTests
{
    [Theory]
    [InlineData("20100719", 10 * 86400L, "20100729")]
    [InlineData("20200228", 2 * 86400L, "20200301")]
    [InlineData("20210228", 2 * 86400L, "20210302")]
    [InlineData("20200228", -5 * 86400L, "20200223")]
    [InlineData("20181231", 365 * 86400L, "20191231")]
    [InlineData("20100430130441.40", 360L, "20100430131041.40")]
    [InlineData("20200101120000.000000", 10L, "20200101120010.000000")]
    [InlineData("20200228235800", 180L, "20200229000100")]
    [InlineData("19960808140000", -600L, "19960808135000")]
    [InlineData("20200101120000+0500", 10L, "20200101120010+0500")]
    [InlineData("1960", 0L, "1960")]
    [InlineData("196005", 0L, "196005")]
    [InlineData("19600519", 0L, "19600519")]
    [InlineData("1960051913", 0L, "1960051913")]
    [InlineData("196005191324", 0L, "196005191324")]
    [InlineData("19600519132435", 0L, "19600519132435")]
    [InlineData("20200101", 365 * 86400L, "20201231")]
    public void Shift_MatchesSpecVectors(string input, long seconds, string expected) =>
        Assert.Equal(expected, DicomDateTimeShifter.Shift(input, seconds));

    [Theory]
    [InlineData("")]
    [InlineData("2010-07-19")]
    [InlineData("20101340")]
    [InlineData("2010071")]
    public void Shift_RejectsNonDates_WithoutQuotingThem(string input)
    {
        var ex = Assert.Throws<ScriptEvaluationException>(() => DicomDateTimeShifter.Shift(input, 1));
        if (input.Length > 0) Assert.DoesNotContain(input, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("years", 365L * 86400)]
    [InlineData("DAYS", 86400L)]
    [InlineData("hours", 3600L)]
    [InlineData("minutes", 60L)]
    [InlineData("Seconds", 1L)]
    public void Units_AreCaseInsensitive(string unit, long seconds)
    {
        Assert.True(DicomDateTimeShifter.TryGetUnitSeconds(unit, out var s));
        Assert.Equal(seconds, s);
    }

    [Theory]
    [InlineData("day")]
    [InlineData("weeks")]
    [InlineData("months")]
    public void Units_OthersAreRefused(string unit) => Assert.False(DicomDateTimeShifter.TryGetUnitSeconds(unit, out _));
}
