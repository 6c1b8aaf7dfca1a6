using AnonGateway.DicomEdit.Diagnostics;

namespace AnonGateway.DicomEdit.Tests.V4;

public class V4CheckerTests
{
    private static ScriptDiagnostic OnlyError(string text)
    {
        var (script, diagnostics) = V4Scripts.Compile(text);
        Assert.Null(script);
        return Assert.Single(diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("(0010,0010) := lowercas[(0010,0010)]", "Did you mean 'lowercase'?")]
    [InlineData("(0010,0010) := HashUID[(0010,0010)]", "Did you mean 'hashUID'? Function names are case-sensitive.")]
    [InlineData("(0010,0010) := concatenate[(0010,0010)]", "'concatenate' is a DicomEdit 6 function")]
    [InlineData("(0010,0010) := ismatch[(0010,0010), \"x\"]", "'ismatch' is a DicomEdit 6 function")]
    public void Unknown_functions_are_errors_with_a_hint(string text, string hint)
    {
        var d = OnlyError(text);
        Assert.Equal("DE4201", d.Code);
        Assert.Equal(new DicomEdit.Text.LinePosition(0, 15), d.Position);
        Assert.Contains(hint, d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(0010,0010) := lowercase[\"a\", \"b\"]", "'lowercase' takes 1 argument, but 2 are given: expected lowercase[value]")]
    [InlineData("(0010,0010) := substring[\"abc\", 1]", "'substring' takes 3 arguments, but 2 are given: expected substring[value, begin, end]")]
    [InlineData("(0010,0010) := match[\"abc\", \"b\"]", "'match' takes 3 arguments, but 2 are given: expected match[value, regex, group]")]
    [InlineData("(0010,0010) := hashUID[\"a\", \"b\", \"c\"]", "'hashUID' takes 1 to 2 arguments, but 3 are given: expected hashUID[value]")]
    [InlineData("(0010,0010) := replace[\"a\"]", "'replace' takes 3 arguments, but 1 is given: expected replace[value, find, replacement]")]
    public void Argument_counts_are_checked(string text, string message)
    {
        var d = OnlyError(text);
        Assert.Equal("DE4202", d.Code);
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Only_the_UID_generator_exists()
    {
        var d = OnlyError("(0020,000D) := new Uid");
        Assert.Equal("DE4203", d.Code);
        Assert.Equal(new DicomEdit.Text.LinePosition(0, 19), d.Position);
    }

    [Fact]
    public void A_variable_initialised_twice_in_any_letter_case_is_an_error_at_the_second()
    {
        var d = OnlyError("site := \"a\"\n-(0010,0010)\nSITE := \"b\"");
        Assert.Equal("DE4204", d.Code);
        Assert.Equal(new DicomEdit.Text.LinePosition(2, 0), d.Position);
        Assert.Contains("line 1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cyclic_variables_are_errors()
    {
        var (script, diagnostics) = V4Scripts.Compile("a := b\nb := lowercase[a]\n(0010,0010) := a");
        Assert.Null(script);
        Assert.Contains(diagnostics, d => d.Code == "DE4205");
    }

    [Theory]
    [InlineData("(0010,0010) ~ \"[a-\" : -(0010,0010)", 14)]
    [InlineData("(0010,0010) := match[(0010,0010), \"(a\", 1]", 34)]
    public void Literal_regular_expressions_are_compiled_when_the_script_is(string text, int column)
    {
        var d = OnlyError(text);
        Assert.Equal("DE4206", d.Code);
        Assert.Equal(column, d.Position.Column);
    }

    [Theory]
    [InlineData("(0010,0010) := substring[(0010,0010), \"a\", 2]", "the second argument of 'substring' must be an integer")]
    [InlineData("(0010,0010) := match[(0010,0010), \"a\", \"x\"]", "the third argument of 'match' must be an integer")]
    public void Integer_arguments_given_as_strings_must_be_integers(string text, string message)
    {
        var d = OnlyError(text);
        Assert.Equal("DE4207", d.Code);
        Assert.Equal(message, d.Message);
    }

    [Fact]
    public void Host_variables_are_listed_and_unusual_ones_warned_about()
    {
        var (script, diagnostics) = V4Scripts.Compile("(0010,0010) := subject\n(0010,0020) := Session\n(0008,1030) := modalityLabel\nx := project\n(0010,4000) := x");
        Assert.NotNull(script);
        Assert.Equal(["modalityLabel", "project", "Session", "subject"], script.ExternalVariables.Order(StringComparer.OrdinalIgnoreCase));
        var warning = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("DE4208", warning.Code);
        Assert.Equal(new DicomEdit.Text.LinePosition(2, 15), warning.Position);
        Assert.Equal(3, diagnostics.Count(d => d.Code == "DE4209"));
    }

    [Fact]
    public void A_statement_after_an_unconditional_one_for_the_same_tag_is_noted_as_dead()
    {
        var (script, diagnostics) = V4Scripts.Compile("(0010,0010) ~ \"x\" : -(0010,0010)\n(0010,0010) := \"A\"\n(0010,0010) := \"B\"");
        Assert.NotNull(script);
        var info = Assert.Single(diagnostics);
        Assert.Equal("DE4210", info.Code);
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Equal(2, info.Position.Line);
    }

    [Fact]
    public void Unknown_functions_nested_anywhere_are_found()
    {
        var (_, diagnostics) = V4Scripts.Compile("x := format[\"{0}\", nope[\"a\"]]\nlowercase[bad[\"a\"]] = \"a\" : echo \"a\"\n(0008,0018) := new UID[alsoBad[\"a\"]]");
        Assert.Equal(3, diagnostics.Count(d => d.Code == "DE4201"));
    }
}
