using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Semantics;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Semantics;

public class CheckerTests
{
    private static List<ScriptDiagnostic> Check(string body, string version = "6.7", IReadOnlySet<string>? host = null)
    {
        var tree = SyntaxTree.Parse(SourceText.From(body, "t.das"));
        Assert.Empty(tree.Diagnostics);
        var bag = new DiagnosticBag();
        Checker.Check(tree, version, bag, host);
        return [.. bag.Items];
    }

    private static string[] Codes(string body, string version = "6.7") => [.. Check(body, version).Select(d => d.Code)];

    [Fact]
    public void CleanScript_HasNoDiagnostics() =>
        Assert.Empty(Check("(0010,0010) := lowercase[(0010,0010)]\n-(0010,0030)\n(0010,0020) := project\n*/(0010,0010) ?= \"x\""));

    [Fact]
    public void UnknownFunction_IsAnError_WithTheNearestName()
    {
        var d = Assert.Single(Check("x1 := hashUid[(0020,000D)]"));
        Assert.Equal(("DE3001", DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Contains("hashUID", d.Hint, StringComparison.Ordinal);
        Assert.Equal(new TextSpan(6, 7), d.Span);
    }

    [Fact]
    public void UnknownFunction_InsideAnUnreachedBranch_IsStillAnError() =>
        Assert.Equal(["DE3001"], Codes("false[] ? x1 := nope[]"));

    [Theory]
    [InlineData("x1 := substring[\"abc\", 1]")]
    [InlineData("x1 := lowercase[]")]
    [InlineData("x1 := true[1]")]
    [InlineData("mapReferencedUIDs[\"1.2\"]")]
    public void WrongArgumentCount_OnAStatementThatAlwaysRuns_IsAnError(string body)
    {
        var d = Assert.Single(Check(body));
        Assert.Equal(("DE3002", DiagnosticSeverity.Error), (d.Code, d.Severity));
    }

    [Theory]
    [InlineData("(0010,0010) = \"A\" ? x1 := substring[\"abc\", 1]")]
    [InlineData("if (true[]) {\n x1 := substring[\"abc\", 1]\n}")]
    [InlineData("reject[]\nx1 := substring[\"abc\", 1]")]
    public void WrongArgumentCount_WhereItMayNotRun_IsAWarning(string body)
    {
        var d = Assert.Single(Check(body));
        Assert.Equal(("DE3002", DiagnosticSeverity.Warning), (d.Code, d.Severity));
    }

    [Fact]
    public void ConditionOfATernary_AlwaysRuns() =>
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(Check("substring[\"a\"] = \"b\" ? -(0010,0010)")).Severity);

    [Theory]
    [InlineData("(0010,XXXX) := \"x\"")]
    [InlineData("*/(0010,0010) := \"x\"")]
    [InlineData("(0008,1115)[%]/(0020,000E) := \"x\"")]
    [InlineData("(0008,1115)/(0020,000E) := \"x\"")]
    public void NonSingularAssignmentTarget_IsAnError(string body) => Assert.Equal(["DE3003"], Codes(body));

    [Fact]
    public void WildcardsWithAssignIfExists_AreFine() => Assert.Empty(Check("(0010,XXXX) ?= \"x\""));

    [Fact]
    public void NonSingularValue_IsAnError_AndOmittedItemAWarning()
    {
        Assert.Equal(["DE3008"], Codes("(0010,0020) := (0010,00XX)"));
        Assert.Equal(["DE3009"], Codes("(0010,0020) := (0008,1140)/(0008,1155)"));
        Assert.Empty(Check("x1 := collectValues[(0010,00XX)]"));
    }

    [Fact]
    public void FeaturesNewerThanTheDeclaredVersion_AreWarnedOncePerFeature()
    {
        var ds = Check("(0010,0010) ?= \"a\"\n(0010,0020) ?= \"b\"\nx1 := {1}\n-(0010,0030) -(0010,0040)\nx2 := ismatch[\"a\", \"a\"]", "6.2");
        Assert.All(ds, d => Assert.Equal(("DE3004", DiagnosticSeverity.Warning), (d.Code, d.Severity)));
        Assert.Equal(4, ds.Count);
        Assert.Empty(Check("(0010,0010) ?= \"a\"", "6.3"));
    }

    [Fact]
    public void LineContinuation_Needs66() =>
        Assert.Equal(["DE3004"], Codes("(0010,0010) := \\\n\"a\"", "6.5"));

    [Fact]
    public void VariablesNeverSet_AreWarned_HostVariablesAndDescribedAreNot()
    {
        var ds = Check("(0010,0010) := who\n(0010,0020) := subject\ndescribe extra hidden\n(0010,0030) := extra\nlater := 1\n(0010,0040) := later\n(0010,0050) := who");
        var d = Assert.Single(ds);
        Assert.Equal(("DE3005", DiagnosticSeverity.Warning), (d.Code, d.Severity));
        Assert.Contains("'who'", d.Message, StringComparison.Ordinal);
        Assert.Empty(Check("(0010,0010) := who", host: new HashSet<string> { "who" }));
    }

    [Fact]
    public void FalseWithoutBrackets_GetsTheConstantHint()
    {
        var d = Assert.Single(Check("reject[false]"));
        Assert.Equal("DE3010", d.Code);
        Assert.Contains("false[]", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-(0008,0018)")]
    [InlineData("-(0008,0016)")]
    [InlineData("-(0020,000D)")]
    [InlineData("-*/(0020,000D)")]
    [InlineData("-(0020,00@D)")]
    [InlineData("removeTags[(0008,0018)]")]
    [InlineData("delete[\"(0020,000D)\"]")]
    public void DeletingUidsXnatNeeds_IsAWarning(string body)
    {
        var d = Assert.Single(Check(body));
        Assert.Equal(("DE3006", DiagnosticSeverity.Warning), (d.Code, d.Severity));
    }

    [Theory]
    [InlineData("-(0008,1115)[0]/(0008,0018)")]
    [InlineData("-+/(0008,0018)")]
    [InlineData("-(0020,000E)")]
    public void DeletingOtherOrNestedUids_IsFine(string body) => Assert.Empty(Check(body));

    [Fact]
    public void VersionStatements_UnknownOrConflicting()
    {
        Assert.Equal(["DE3007"], Codes("(0010,0010) := \"a\"\n  version \"9.9\""));
        Assert.Equal(["DE0006"], Codes("(0010,0010) := \"a\"\nversion \"6.3\"", "6.7"));
    }
}
