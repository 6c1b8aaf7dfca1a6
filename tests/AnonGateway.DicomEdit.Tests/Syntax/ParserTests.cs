using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Syntax;

public class ParserTests
{
    private static ScriptSyntax ParseClean(string text)
    {
        var tree = SyntaxTree.Parse(SourceText.From(text, "t.das"));
        Assert.Empty(tree.Diagnostics);
        return tree.Root;
    }

    private static T Single<T>(string text) where T : StatementSyntax => Assert.IsType<T>(Assert.Single(ParseClean(text).Statements));

    [Fact]
    public void Assignment_WithPublicTag()
    {
        var a = Single<AssignmentStatementSyntax>("(0010,0010) := \"ANON\"");
        var step = Assert.IsType<ElementStepSyntax>(Assert.Single(a.Target.Steps));
        Assert.Equal(new DicomTag(0x0010, 0x0010), step.Tag.ExactTag);
        Assert.True(a.Target.IsSingular);
        Assert.Equal("ANON", Assert.IsType<StringLiteralSyntax>(a.Value).Value);
        Assert.Equal(new TextSpan(0, 21), a.Span);
        Assert.Equal(new TextSpan(12, 2), a.OperatorSpan);
    }

    [Fact]
    public void StringValue_UnescapesOnlyDoubleBackslashes_ListElementsKeepRaw()
    {
        var v = Single<VariableInitializationStatementSyntax>("s := \"1\\\\2\\n\"");
        var s = Assert.IsType<StringLiteralSyntax>(v.Value);
        Assert.Equal("1\\2\\n", s.Value);
        Assert.Equal("1\\\\2\\n", s.RawValue);
        var l = Single<VariableInitializationStatementSyntax>("l := { \"a\\\\b\" }");
        var e = Assert.IsType<StringLiteralSyntax>(Assert.Single(Assert.IsType<ListSyntax>(l.Value).Elements));
        Assert.Equal("a\\\\b", e.RawValue);
    }

    [Fact]
    public void Number_KeepsItsSourceText()
    {
        var v = Single<VariableInitializationStatementSyntax>("n := 30.0");
        var n = Assert.IsType<NumberLiteralSyntax>(v.Value);
        Assert.Equal(("30.0", true), (n.Text, n.IsFloat));
    }

    [Fact]
    public void TagPath_Structure()
    {
        var d = Single<DeletionStatementSyntax>("-(0008,1115)[0]/(0008,1140)[%]/*/(0019,{SIEMENS MR HEADER}1X)");
        var steps = d.Target.Steps;
        Assert.Equal(4, steps.Count);
        var first = Assert.IsType<ElementStepSyntax>(steps[0]);
        Assert.Equal(0, first.Item!.Index);
        Assert.True(Assert.IsType<ElementStepSyntax>(steps[1]).Item!.IsAnyItem);
        Assert.Equal(LevelWildcardKind.ZeroOrMore, Assert.IsType<LevelWildcardStepSyntax>(steps[2]).Kind);
        var last = Assert.IsType<ElementStepSyntax>(steps[3]).Tag;
        Assert.Equal("SIEMENS MR HEADER", last.Creator);
        Assert.True(last.IsPrivate);
        Assert.True(last.HasDigitWildcard);
        Assert.True(last.MatchesDigits(new DicomTag(0x0019, 0x1012)));
        Assert.True(last.MatchesDigits(new DicomTag(0x0019, 0x2215)));
        Assert.False(last.MatchesDigits(new DicomTag(0x0019, 0x1020)));
        Assert.False(d.Target.IsSingular);
        Assert.Equal("(0008,1115)[0]/(0008,1140)[%]/*/(0019,{SIEMENS MR HEADER}1X)", d.Target.ToString());
    }

    [Theory]
    [InlineData("(50X@,XXXX)", 0x5002u, 0x1234u, true)]
    [InlineData("(50X@,XXXX)", 0x5003u, 0x1234u, false)]
    [InlineData("(0018,901#)", 0x0018u, 0x9013u, true)]
    [InlineData("(0018,901#)", 0x0018u, 0x9012u, false)]
    [InlineData("(0008,011x)", 0x0008u, 0x011Fu, true)]
    public void DigitWildcards_MatchByMaskAndValue(string tag, uint group, uint element, bool matches)
    {
        var d = Single<DeletionStatementSyntax>("-" + tag);
        var t = Assert.IsType<ElementStepSyntax>(Assert.Single(d.Target.Steps)).Tag;
        Assert.Equal(matches, t.MatchesDigits(new DicomTag((ushort)group, (ushort)element)));
    }

    [Fact]
    public void OmittedItemNumber_IsNotSingular()
    {
        var d = Single<DeletionStatementSyntax>("-(5200,9230)/(0018,9152)");
        Assert.True(d.Target.HasOmittedItemNumbers);
        Assert.False(d.Target.IsSingular);
        Assert.True(Single<DeletionStatementSyntax>("-(5200,9230)[1]").Target.IsSingular);
    }

    [Fact]
    public void ConditionalStatement_WithElseBranch()
    {
        var c = Single<ConditionalStatementSyntax>("(0008,0060) != \"MR\" ? -(0010,0010) : (0010,0010) := \"X\"");
        var cond = Assert.IsType<ComparisonConditionSyntax>(c.Condition);
        Assert.Equal(ComparisonOperator.NotEquals, cond.Operator);
        Assert.IsType<DeletionStatementSyntax>(c.WhenTrue);
        Assert.IsType<AssignmentStatementSyntax>(c.WhenFalse);
    }

    [Fact]
    public void FunctionCondition_AndFunctionStatement()
    {
        var c = Single<ConditionalStatementSyntax>("isPresent[(0008,0070)] ? reject[]");
        Assert.Equal("isPresent", Assert.IsType<FunctionConditionSyntax>(c.Condition).Call.Name);
        var call = Assert.IsType<FunctionCallStatementSyntax>(c.WhenTrue).Call;
        Assert.Equal(("reject", 0), (call.Name, call.Arguments.Count));
    }

    [Fact]
    public void IfElseIfElse_WithLooseLayout()
    {
        var text = "if ((0008,0060) = \"MR\") {\n  -(0010,0010)\n}\n\n// c\nelseif (ismatch[(0008,0060), \"C.\"]) { -(0010,0020) -(0010,0030) }\nelse\n{\n\tif (true[]) { removeAllPrivateTags }\n}\n";
        var s = Single<IfStatementSyntax>(text);
        Assert.Equal(2, s.Branches.Count);
        Assert.True(s.Branches[1].IsElseIf);
        Assert.Equal(2, s.Branches[1].Block.Statements.Count);
        var nested = Assert.IsType<IfStatementSyntax>(Assert.Single(s.ElseBlock!.Statements));
        Assert.IsType<RemoveAllPrivateTagsStatementSyntax>(Assert.Single(nested.Branches[0].Block.Statements));
    }

    [Fact]
    public void MetadataStatements()
    {
        var root = ParseClean("version \"6.6\"\ndescribe p \"Patient\"\ndescribe q hidden\nexport p \"field\"\necho\necho p\n");
        Assert.Equal("6.6", Assert.IsType<VersionStatementSyntax>(root.Statements[0]).Version.Value);
        var d = Assert.IsType<DescribeStatementSyntax>(root.Statements[1]);
        Assert.Equal(("p", DescribeKind.Label, "Patient"), (d.Name, d.Kind, d.Label!.Value));
        Assert.Equal(DescribeKind.Hidden, Assert.IsType<DescribeStatementSyntax>(root.Statements[2]).Kind);
        Assert.Equal("field", Assert.IsType<ExportStatementSyntax>(root.Statements[3]).Field.Value);
        Assert.Null(Assert.IsType<EchoStatementSyntax>(root.Statements[4]).Value);
        Assert.IsType<VariableReferenceSyntax>(Assert.IsType<EchoStatementSyntax>(root.Statements[5]).Value);
    }

    [Fact]
    public void SeveralStatementsOnALine()
    {
        var root = ParseClean("-(0010,0010) -(0010,0020) x1 := 1 echo x1");
        Assert.Equal(4, root.Statements.Count);
    }

    [Fact]
    public void MultiLineList_OneBreakAroundEachElement()
    {
        var v = Single<VariableInitializationStatementSyntax>("l := {\n\n  (0010,0010),\n  {\"a\", 1},\n  f[]\n\n}");
        var list = Assert.IsType<ListSyntax>(v.Value);
        Assert.Equal(3, list.Elements.Count);
        Assert.IsType<ListSyntax>(list.Elements[1]);
    }

    [Fact]
    public void LineContinuation_InsideATernary()
    {
        var c = Single<ConditionalStatementSyntax>("(0008,0100) = \"nope\" ? \\\n(0008,0100) := \"nope\" : \\\n(0008,0100) := \"INSERTED STRING\"");
        Assert.Equal("INSERTED STRING", Assert.IsType<StringLiteralSyntax>(Assert.IsType<AssignmentStatementSyntax>(c.WhenFalse).Value).Value);
    }

    [Fact]
    public void Errors_AreReportedAndParsingContinues()
    {
        var tree = SyntaxTree.Parse(SourceText.From("(0010,0010) = \"A\"\n-(0010,0020)\n-(0029,1019)\n(0010,0030) := \"B\"\n", "t.das"));
        Assert.Equal(["DE2002", "DE2004"], tree.Diagnostics.Select(d => d.Code));
        Assert.Equal(3, tree.Root.Statements.Count); // the broken deletion is left out, the rest is kept
        Assert.IsType<AssignmentStatementSyntax>(tree.Root.Statements[^1]);
    }

    [Fact]
    public void DescendantNodes_VisitsEveryNode()
    {
        var root = ParseClean("x1 := format[\"{0}\", lowercase[(0010,0010)], {(0008,0020)}]");
        var names = root.DescendantNodes().OfType<FunctionCallSyntax>().Select(f => f.Name);
        Assert.Equal(["format", "lowercase"], names);
        Assert.Equal(2, root.DescendantNodes().OfType<TagPathSyntax>().Count());
    }
}
