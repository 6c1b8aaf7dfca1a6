using AnonGateway.DicomEdit.Runtime.Functions;
using AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Syntax.Nodes;

namespace AnonGateway.DicomEdit.Runtime.Interpreter;

/// <summary>Turns a checked DicomEdit 6 syntax tree into prepared nodes once: paths compiled to patterns,
/// functions bound, literal regexes built, constants made.</summary>
internal sealed class ScriptPreparer(RegexCache regexes)
{
    public PreparedStatement[] Statements(IReadOnlyList<StatementSyntax> statements)
    {
        var list = new List<PreparedStatement>(statements.Count);
        foreach (var s in statements) list.Add(Statement(s));
        return [.. list];
    }

    private PreparedStatement Statement(StatementSyntax s) => s switch
    {
        AssignmentStatementSyntax a => new AssignmentStatement(Path(a.Target), Value(a.Value), a.Span),
        AssignIfExistsStatementSyntax a => new AssignIfExistsStatement(Path(a.Target), Value(a.Value), a.Span),
        DeletionStatementSyntax d => new DeletionStatement(Path(d.Target), d.Span),
        VariableInitializationStatementSyntax v => new VariableInitializationStatement(v.Name, Value(v.Value), v.Span),
        FunctionCallStatementSyntax f => new CallStatement(Call(f.Call), f.Span),
        EchoStatementSyntax e => new EchoStatement(e.Value is null ? null : Value(e.Value), e.Span),
        ConditionalStatementSyntax c => new ConditionalStatement(Condition(c.Condition), Statement(c.WhenTrue), c.WhenFalse is null ? null : Statement(c.WhenFalse), c.Span),
        IfStatementSyntax i => new IfStatement(
            [.. i.Branches.Select(b => Condition(b.Condition))],
            [.. i.Branches.Select(b => Statements(b.Block.Statements))],
            i.ElseBlock is null ? null : Statements(i.ElseBlock.Statements), i.Span),
        RemoveAllPrivateTagsStatementSyntax r => new RemoveAllPrivateTagsStatement(r.Span),
        VersionStatementSyntax v => new VersionStatement(v.Version.Value, v.Span),
        _ => new NoOpStatement(s.Span),
    };

    private PreparedCondition Condition(ConditionSyntax c)
    {
        if (c is FunctionConditionSyntax f) return new FunctionCondition(Call(f.Call));
        var cmp = (ComparisonConditionSyntax)c;
        var right = Value(cmp.Right);
        if (cmp.Operator is ComparisonOperator.Matches or ComparisonOperator.NotMatches && right is ConstantExpression { Value.AsString: { } pattern })
            regexes.Prepare(pattern, whole: true);
        return new ComparisonCondition(Value(cmp.Left), cmp.Operator, right, cmp.Span);
    }

    /// <summary>A value in value position: a tag path is read.</summary>
    private PreparedExpression Value(ValueSyntax v) => v switch
    {
        TagPathSyntax p => new PathValueExpression(Path(p), p.Span),
        _ => Argument(v, inList: false),
    };

    /// <summary>A function argument or list element: a tag path stays a path.</summary>
    private PreparedExpression Argument(ValueSyntax v, bool inList) => v switch
    {
        StringLiteralSyntax s => new ConstantExpression(ScriptValue.FromString(inList ? s.RawValue : s.Value), s.Span),
        NumberLiteralSyntax n => new ConstantExpression(ScriptValue.FromString(n.Text), n.Span),
        TagPathSyntax p => new PathLiteralExpression(Path(p), p.Span),
        VariableReferenceSyntax r => new VariableExpression(r.Name, r.Span),
        FunctionCallSyntax f => Call(f),
        ListSyntax l => new ListExpression([.. l.Elements.Select(e => Argument(e, inList: true))], l.Span),
        _ => new ConstantExpression(ScriptValue.Null, v.Span),
    };

    private CallExpression Call(FunctionCallSyntax f)
    {
        var function = FunctionRegistry.Find(f.Name);
        var args = f.Arguments.Select(a => Argument(a, inList: false)).ToArray();
        if (function is not null && function.RegexArgument >= 0 && function.RegexArgument < args.Length
            && args[function.RegexArgument] is ConstantExpression { Value.AsString: { } pattern })
            regexes.Prepare(pattern, whole: function is IsMatchFunction);
        return new CallExpression(f.Name, function, args, f.Span);
    }

    /// <summary>The runtime form of a syntax path (same mask/value encoding as <see cref="TagSyntax"/>).</summary>
    public static TagPath Path(TagPathSyntax p)
    {
        var steps = new List<PathStep>(p.Steps.Count);
        foreach (var s in p.Steps)
        {
            if (s is LevelWildcardStepSyntax w)
            {
                steps.Add(new PathStep(w.Kind switch
                {
                    LevelWildcardKind.ZeroOrMore => PathStepKind.AnyLevels,
                    LevelWildcardKind.OneOrMore => PathStepKind.OneOrMoreLevels,
                    _ => PathStepKind.OneLevel,
                }, default, PathStep.NoItem));
                continue;
            }
            var e = (ElementStepSyntax)s;
            int item = e.Item is null ? PathStep.NoItem : e.Item.Index is int n ? (n < 0 ? int.MaxValue : n) : PathStep.AnyItem;
            steps.Add(new PathStep(PathStepKind.Element, new TagPattern(e.Tag.Mask, e.Tag.Value, e.Tag.Creator), item));
        }
        if (steps.Count == 0) steps.Add(new PathStep(PathStepKind.AnyLevels, default, PathStep.NoItem));
        return new TagPath(steps, p.ToString());
    }
}
