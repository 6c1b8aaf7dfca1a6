using AnonGateway.DicomEdit.Semantics;

namespace AnonGateway.DicomEdit.Tests.Semantics;

public class FunctionCatalogTests
{
    [Fact]
    public void NamesAreUniqueAndVersionsKnown()
    {
        Assert.Equal(FunctionCatalog.All.Count, FunctionCatalog.All.Select(f => f.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(FunctionCatalog.All, f => Assert.True(DicomEditVersions.IsV6(f.Since), f.Name));
        Assert.All(FunctionCatalog.All, f => Assert.StartsWith(f.Name + "[", f.Usage, StringComparison.Ordinal));
    }

    [Fact]
    public void LookupIsCaseSensitive_NoAliases()
    {
        Assert.True(FunctionCatalog.TryGet("ismatch", out _));
        Assert.False(FunctionCatalog.TryGet("isMatch", out _));
        Assert.False(FunctionCatalog.TryGet("urlEncode", out _));
    }

    [Theory]
    [InlineData("isMatch", "ismatch")]
    [InlineData("lowercas", "lowercase")]
    [InlineData("hashUid", "hashUID")]
    [InlineData("upper", "uppercase")]
    [InlineData("shiftDateByIncrements", "shiftDateByIncrement")]
    public void Nearest_SuggestsTheIntendedName(string typed, string expected) =>
        Assert.Equal(expected, FunctionCatalog.Nearest(typed)?.Name);

    [Fact]
    public void Nearest_ReturnsNullForUnrelatedNames() => Assert.Null(FunctionCatalog.Nearest("zzzzzzzzzzzz"));

    [Theory]
    [InlineData("substring", "exactly 3 arguments")]
    [InlineData("normalizeString", "1 or 2 arguments")]
    [InlineData("mapReferencedUIDs", "at least 2 arguments")]
    [InlineData("true", "no arguments")]
    [InlineData("lowercase", "exactly 1 argument")]
    public void ArityIsDescribedInWords(string name, string text)
    {
        Assert.True(FunctionCatalog.TryGet(name, out var f));
        Assert.Equal(text, f.DescribeArity());
    }
}
