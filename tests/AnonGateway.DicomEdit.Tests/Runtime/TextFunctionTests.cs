using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Runtime.Text;

namespace AnonGateway.DicomEdit.Tests.Runtime;

public sealed class TextFunctionTests
{
    [Theory]
    [InlineData("{0}_{1}", "a|b", "a_b")]
    [InlineData("it's {0}", "x", "its {0}")]
    [InlineData("it''s {0}", "x", "it's x")]
    [InlineData("'{0}' {0}", "x", "{0} x")]
    [InlineData("{2}", "a", "{2}")]
    public void MessageFormat_FollowsJavaQuoting(string pattern, string args, string expected) =>
        Assert.Equal(expected, MessageFormat.Format(pattern, args.Split('|')));

    [Fact]
    public void MessageFormat_NullPrintsNull() => Assert.Equal("a null", MessageFormat.Format("a {0}", [null]));

    [Theory]
    [InlineData("{0")]
    [InlineData("{x}")]
    [InlineData("{0,number}")]
    public void MessageFormat_BadPatternsFail(string pattern) =>
        Assert.Throws<ScriptEvaluationException>(() => MessageFormat.Format(pattern, ["1"]));

    [Theory]
    [InlineData(@"\p{Lower}+", "abc", true)]
    [InlineData(@"\p{Upper}+", "abc", false)]
    [InlineData(@"\p{Alpha}\p{Digit}", "a1", true)]
    [InlineData(@"\Q1.2\E", "1.2", true)]
    [InlineData(@"\Q1.2\E", "102", false)]
    [InlineData(@"10\d{2}", "1024", true)]
    [InlineData("Person", "Person X", false)]
    public void JavaRegex_WholeMatchWithTranslation(string pattern, string input, bool expected) =>
        Assert.Equal(expected, JavaRegex.Create(pattern, whole: true, TimeSpan.FromSeconds(1)).IsMatch(input));

    [Theory]
    [InlineData("a*+")]
    [InlineData("[a-z&&[^b]]")]
    [InlineData("(")]
    public void JavaRegex_UnsupportedOrInvalid_FailsClearly(string pattern) =>
        Assert.Throws<ScriptEvaluationException>(() => JavaRegex.Create(pattern, whole: true, TimeSpan.FromSeconds(1)));
}
