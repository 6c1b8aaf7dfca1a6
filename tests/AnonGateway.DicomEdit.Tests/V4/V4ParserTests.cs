using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;
using AnonGateway.DicomEdit.V4;

namespace AnonGateway.DicomEdit.Tests.V4;

public class V4ParserTests
{
    private static (V4ScriptSyntax Tree, IReadOnlyList<ScriptDiagnostic> Diagnostics) Parse(string text)
    {
        var bag = new DiagnosticBag();
        var tree = V4Parser.Parse(SourceText.From(text, "p.das"), bag);
        return (tree, bag.Items);
    }

    private static V4Statement Single(string text)
    {
        var (tree, diagnostics) = Parse(text);
        Assert.Empty(diagnostics);
        return Assert.Single(tree.Statements);
    }

    [Fact]
    public void Assignment()
    {
        var s = Assert.IsType<V4AssignmentStatement>(Single("(0010,0010) := \"Anon\""));
        Assert.Equal(0x00100010u, s.Target.Pattern.Value);
        Assert.False(s.Target.IsPattern);
        Assert.Equal("Anon", Assert.IsType<V4StringLiteral>(s.Value).Value);
        Assert.Equal(new TextSpan(0, 21), s.Span);
    }

    [Fact]
    public void Pattern_assignment()
    {
        var s = Assert.IsType<V4AssignmentStatement>(Single("(0008,10XX) := \"\""));
        Assert.True(s.Target.IsPattern);
    }

    [Fact]
    public void Generator_with_and_without_arguments()
    {
        var g = Assert.IsType<V4GeneratorStatement>(Single("(0020,000D) := new UID"));
        Assert.Equal("UID", g.Generator);
        Assert.Empty(g.Arguments);
        var g2 = Assert.IsType<V4GeneratorStatement>(Single("(0020,000D) := new UID[\"x\"]"));
        Assert.Single(g2.Arguments);
    }

    [Fact]
    public void Deletions_of_a_tag_and_a_pattern()
    {
        Assert.False(Assert.IsType<V4DeletionStatement>(Single("-(0010,1000)")).Target.IsPattern);
        Assert.True(Assert.IsType<V4DeletionStatement>(Single("-(XXX#,XXXX)")).Target.IsPattern);
    }

    [Fact]
    public void Echo_with_and_without_a_value()
    {
        Assert.Null(Assert.IsType<V4EchoStatement>(Single("echo")).Value);
        Assert.IsType<V4TagReference>(Assert.IsType<V4EchoStatement>(Single("echo (0010,0010)")).Value);
    }

    [Fact]
    public void Variable_describe_and_export()
    {
        var v = Assert.IsType<V4VariableInitialization>(Single("site := \"A\""));
        Assert.Equal("site", v.Name);
        var d = Assert.IsType<V4DescribeStatement>(Single("describe site \"Site name\""));
        Assert.Equal("Site name", d.Label);
        Assert.False(d.Hidden);
        Assert.True(Assert.IsType<V4DescribeStatement>(Single("describe site hidden")).Hidden);
        Assert.Equal("field", Assert.IsType<V4ExportStatement>(Single("export site \"field\"")).Field);
    }

    [Fact]
    public void Constrained_action_with_two_conditions()
    {
        var s = Assert.IsType<V4ConstrainedStatement>(Single("(0008,0060) = \"MR\" : (0020,000D) ~ \"\\\\d[\\\\d.]+\" : -(0010,0010)"));
        Assert.Equal(2, s.Conditions.Count);
        Assert.Equal(V4ConditionOperator.Equals, s.Conditions[0].Operator);
        Assert.Equal(V4ConditionOperator.Matches, s.Conditions[1].Operator);
        Assert.Equal(@"\d[\d.]+", Assert.IsType<V4StringLiteral>(s.Conditions[1].Right).Value);
        Assert.IsType<V4DeletionStatement>(s.Action);
    }

    [Fact]
    public void Condition_on_a_variable_and_a_function()
    {
        var s = Assert.IsType<V4ConstrainedStatement>(Single("lowercase[(0008,0060)] = mod : echo \"x\""));
        Assert.IsType<V4FunctionCall>(s.Conditions[0].Left);
        Assert.IsType<V4VariableReference>(s.Conditions[0].Right);
    }

    [Fact]
    public void Format_shorthand_and_nested_calls()
    {
        var s = Assert.IsType<V4AssignmentStatement>(Single("(0010,0020) := \"{0}-{1}\" (0010,0020), uppercase[substring[(0008,0020), 0, 4]]"));
        var f = Assert.IsType<V4FormatShorthand>(s.Value);
        Assert.Equal("{0}-{1}", f.Pattern.Value);
        Assert.Equal(2, f.Arguments.Count);
        var call = Assert.IsType<V4FunctionCall>(f.Arguments[1]);
        Assert.Equal("uppercase", call.Name);
        Assert.Equal(3, Assert.IsType<V4FunctionCall>(Assert.Single(call.Arguments)).Arguments.Count);
    }

    [Fact]
    public void Blank_lines_and_comment_lines_separate_statements()
    {
        var (tree, diagnostics) = Parse("// header\n\n-(0010,0010)\r\n   // x\n\n-(0010,0020) // trailing\n");
        Assert.Empty(diagnostics);
        Assert.Equal(2, tree.Statements.Count);
    }

    [Theory]
    [InlineData("(0010,0010) := ", "DE4103", 1, 15)]
    [InlineData("(0010,0010)", "DE4108", 1, 12)]
    [InlineData("(0010,0010) \"x\"", "DE4104", 1, 13)]
    [InlineData("-", "DE4105", 1, 2)]
    [InlineData("- x", "DE4105", 1, 3)]
    [InlineData("(0010,0010) := f[]", "DE4107", 1, 17)]
    [InlineData("(0010,0010) := f[\"a\" \"b\"]", "DE4106", 1, 22)]
    [InlineData("(0010,0010) := (0010,XXXX)", "DE4109", 1, 16)]
    [InlineData("(0010,0010) = \"x\" : a := \"b\"", "DE4110", 1, 21)]
    [InlineData("(0010,0010) = \"x\" :", "DE4110", 1, 20)]
    [InlineData("(0010,0010) := new", "DE4111", 1, 19)]
    [InlineData("describe x", "DE4112", 1, 11)]
    [InlineData("export x", "DE4113", 1, 9)]
    [InlineData("if x = \"a\"", "DE4114", 1, 1)]
    [InlineData("removeAllPrivateTags", "DE4114", 1, 1)]
    [InlineData("  version \"6.1\"", "DE4114", 1, 3)]
    [InlineData("(0008,1115)[0] := \"x\"", "DE4115", 1, 12)]
    [InlineData("(0020,XXXX) := new UID", "DE4116", 1, 1)]
    [InlineData("(0010,0010) = \"x\" -(0010,0010)", "DE4117", 1, 19)]
    [InlineData("-(0010,0010) -(0010,0020)", "DE4102", 1, 14)]
    [InlineData(":= \"x\"", "DE4101", 1, 1)]
    public void Syntax_errors_have_stable_codes_and_positions(string text, string code, int line, int column)
    {
        var (tree, diagnostics) = Parse(text);
        var d = Assert.Single(diagnostics);
        Assert.Equal(code, d.Code);
        Assert.Equal(new LinePosition(line - 1, column - 1), d.Position);
        Assert.Empty(tree.Statements);
    }

    [Fact]
    public void Parsing_goes_on_after_errors_and_reports_each_bad_line()
    {
        var (tree, diagnostics) = Parse("-(0010,0010)\n(0010,0020) := \n-(0010,0030)\n(0010, 0040) = \"x\" : -(0010,0040)\n-(0010,0050) -(0010,0060)\n(0010,1000) := \"ok\"");
        Assert.Equal(["DE4103 2:15", "DE4006 4:1", "DE4102 5:14"], diagnostics.OrderBy(d => d.Span.Start).Select(d => $"{d.Code} {d.Position}"));
        // Lines 1, 3, 6, and line 4 (its tag is read as meant after the error), are in the tree.
        Assert.Equal(4, tree.Statements.Count);
    }

    [Fact]
    public void A_line_with_a_lexical_error_gets_no_second_syntax_error()
    {
        // '?' is dropped by the lexer; the rest of the line does not parse, but one message is enough.
        var (_, diagnostics) = Parse("(0008,0060) = \"MR\" ? (0008,103E) := \"x\"");
        Assert.Equal("DE4010", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Not_equal_is_reported_with_the_meaning_XNAT_would_give_it()
    {
        var (_, diagnostics) = Parse("(0008,0060) != \"MR\" : -(0008,103E)");
        var d = Assert.Single(diagnostics);
        Assert.Equal("DE4009", d.Code);
        Assert.Contains("would silently run this as '='", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_nesting_is_one_diagnostic_not_a_stack_overflow()
    {
        var text = "(0010,0010) := " + string.Concat(Enumerable.Repeat("lowercase[", 5000)) + "\"x\"" + new string(']', 5000);
        var (_, diagnostics) = Parse(text);
        Assert.Equal("DE4118", Assert.Single(diagnostics).Code);
    }
}
