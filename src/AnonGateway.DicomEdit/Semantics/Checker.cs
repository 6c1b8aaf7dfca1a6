using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Semantics;

/// <summary>Static checks of a parsed DicomEdit 6 script, before any data is touched: unknown functions, argument
/// counts, paths that can never be assigned or read as one value, features newer than the declared version, variables
/// nobody sets, and deletions that make XNAT refuse or mis-file the object.</summary>
public sealed class Checker
{
    /// <summary>The variables XNAT supplies to every script (spec §7).</summary>
    public static IReadOnlySet<string> XnatVariables { get; } = new HashSet<string>(StringComparer.Ordinal) { "project", "subject", "session" };

    private readonly SyntaxTree _tree;
    private readonly SourceText _source;
    private readonly string? _declaredVersion;
    private readonly IReadOnlySet<string> _hostVariables;
    private readonly DiagnosticBag _diagnostics;
    private readonly HashSet<string> _initializedAnywhere = new(StringComparer.Ordinal);
    private readonly HashSet<string> _described = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedVariables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reportedFeatures = new(StringComparer.Ordinal);

    // Whether the statement being checked runs for every object that gets this far: a top-level statement outside
    // any condition, with no reject[] before it. Problems that upstream only hits at run time (argument counts,
    // wildcard targets) are errors there, warnings elsewhere — a branch that never runs does not fail in XNAT.
    private bool _alwaysReached;

    private Checker(SyntaxTree tree, string? declaredVersion, IReadOnlySet<string> hostVariables, DiagnosticBag diagnostics)
    {
        _tree = tree;
        _source = tree.Source;
        _declaredVersion = DicomEditVersions.IsV6(declaredVersion) ? declaredVersion : null;
        _hostVariables = hostVariables;
        _diagnostics = diagnostics;
    }

    /// <summary>Checks <paramref name="tree"/>. <paramref name="declaredVersion"/> is the version of the script's
    /// version line (features newer than it get a warning; null or unknown: no such warnings).
    /// <paramref name="hostVariables"/>: names the host supplies (default: XNAT's project, subject, session).</summary>
    public static void Check(SyntaxTree tree, string? declaredVersion, DiagnosticBag diagnostics, IReadOnlySet<string>? hostVariables = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(diagnostics);
        new Checker(tree, declaredVersion, hostVariables ?? XnatVariables, diagnostics).Run();
    }

    private void Run()
    {
        foreach (var node in _tree.Root.DescendantNodes())
        {
            if (node is VariableInitializationStatementSyntax init) _initializedAnywhere.Add(init.Name);
            else if (node is DescribeStatementSyntax describe) _described.Add(describe.Name);
        }
        if (_tree.Text.Continuations.Count > 0)
            Feature("a line continuation ('\\' at the end of a line)", "6.6", new TextSpan(_tree.Text.Continuations[0], 1));
        _alwaysReached = true;
        CheckStatements(_tree.Root.Statements, topLevel: true);
    }

    private void CheckStatements(IReadOnlyList<StatementSyntax> statements, bool topLevel)
    {
        bool outer = _alwaysReached;
        for (int i = 0; i < statements.Count; i++)
        {
            if (i > 0 && _source.GetLinePosition(statements[i].Span.Start).Line == _source.GetLinePosition(statements[i - 1].Span.End).Line)
                Feature("more than one statement on a line", "6.4", statements[i].Span);
            _alwaysReached = topLevel && outer;
            CheckStatement(statements[i]);
            if (topLevel && statements[i].DescendantNodes().Prepend(statements[i]).OfType<FunctionCallSyntax>().Any(c => c.Name == "reject"))
                outer = false;
        }
        _alwaysReached = outer;
    }

    /// <summary>Reports a problem upstream only meets when the statement runs: an error where it always runs, else a warning.</summary>
    private void ReportRuntime(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args)
    {
        var d = descriptor.Create(_source, span, args);
        _diagnostics.Add(_alwaysReached ? d : d with { Severity = DiagnosticSeverity.Warning });
    }

    private void CheckStatement(StatementSyntax statement)
    {
        switch (statement)
        {
            case AssignmentStatementSyntax a:
                CheckTarget(a.Target);
                CheckValue(a.Value);
                break;
            case AssignIfExistsStatementSyntax a:
                Feature("'?=' (assign if exists)", "6.3", a.OperatorSpan);
                if (!a.Target.IsMissing && !a.Target.IsSingular) Feature("'?=' with wildcards", "6.5", a.Target.Span);
                CheckValue(a.Value);
                break;
            case DeletionStatementSyntax d:
                CheckDeletedPath(d.Target, d.Target.Span);
                break;
            case VariableInitializationStatementSyntax v:
                CheckValue(v.Value);
                break;
            case FunctionCallStatementSyntax f:
                CheckCall(f.Call);
                break;
            case EchoStatementSyntax e:
                if (e.Value is not null) CheckValue(e.Value);
                break;
            case ConditionalStatementSyntax c:
            {
                CheckCondition(c.Condition);
                bool reached = _alwaysReached;
                _alwaysReached = false;
                CheckStatement(c.WhenTrue);
                if (c.WhenFalse is not null) CheckStatement(c.WhenFalse);
                _alwaysReached = reached;
                break;
            }
            case IfStatementSyntax ifs:
            {
                Feature("an if/elseif/else block", "6.4", ifs.Branches[0].KeywordSpan);
                bool reached = _alwaysReached;
                foreach (var branch in ifs.Branches)
                {
                    CheckCondition(branch.Condition);
                    _alwaysReached = false; // later conditions and every block run only sometimes
                    CheckStatements(branch.Block.Statements, topLevel: false);
                }
                if (ifs.ElseBlock is not null) CheckStatements(ifs.ElseBlock.Statements, topLevel: false);
                _alwaysReached = reached;
                break;
            }
            case VersionStatementSyntax version:
                CheckVersionStatement(version);
                break;
        }
    }

    private void CheckVersionStatement(VersionStatementSyntax statement)
    {
        string v = statement.Version.Value;
        if (!DicomEditVersions.IsV6(v))
        {
            // The declaring line's unknown version is reported once by the language selector.
            if (_source.GetLinePosition(statement.Span.Start).Column == 0 && IsFirstVersionLine(statement)) return;
            ReportRuntime(DiagnosticDescriptors.UnknownVersionStatement, statement.Version.Span, v);
        }
        else if (_declaredVersion is not null && v != _declaredVersion)
            _diagnostics.Report(DiagnosticDescriptors.ConflictingVersionStatement, _source, statement.Version.Span, v, _declaredVersion);
    }

    private bool IsFirstVersionLine(VersionStatementSyntax statement)
    {
        int line = _source.GetLinePosition(statement.Span.Start).Line;
        for (int i = 0; i < line; i++)
            if (_source.GetLineText(i).StartsWith("version", StringComparison.Ordinal)) return false;
        return true;
    }

    private void CheckCondition(ConditionSyntax condition)
    {
        switch (condition)
        {
            case ComparisonConditionSyntax c:
                CheckValue(c.Left);
                CheckValue(c.Right);
                break;
            case FunctionConditionSyntax f:
                Feature("a function call as a condition", "6.4", f.Span);
                CheckCall(f.Call);
                break;
        }
    }

    /// <summary>A value read as one string: a tag path must be singular.</summary>
    private void CheckValue(ValueSyntax value)
    {
        switch (value)
        {
            case TagPathSyntax path:
                if (path.IsMissing) return;
                if (path.HasDigitWildcards || path.HasLevelWildcards || path.HasItemWildcards)
                    ReportRuntime(DiagnosticDescriptors.NonSingularValue, path.Span, path.ToString());
                else if (path.HasOmittedItemNumbers)
                    _diagnostics.Report(DiagnosticDescriptors.SequenceWithoutItemNumber, _source, path.Span, path.ToString());
                break;
            default:
                CheckArgument(value);
                break;
        }
    }

    /// <summary>A function argument or list element: paths stay unresolved, so any path is fine here.</summary>
    private void CheckArgument(ValueSyntax value)
    {
        switch (value)
        {
            case FunctionCallSyntax call: CheckCall(call); break;
            case ListSyntax list:
                Feature("a list { … }", "6.6", list.Span);
                foreach (var element in list.Elements) CheckArgument(element);
                break;
            case VariableReferenceSyntax reference: CheckVariable(reference); break;
        }
    }

    private void CheckVariable(VariableReferenceSyntax reference)
    {
        string name = reference.Name;
        if (_initializedAnywhere.Contains(name) || _hostVariables.Contains(name) || _described.Contains(name)) return;
        if (!_reportedVariables.Add(name)) return;
        if (name is "true" or "false")
            _diagnostics.Report(DiagnosticDescriptors.BooleanWithoutBrackets, _source, reference.Span, name);
        else
            _diagnostics.Report(DiagnosticDescriptors.VariableNeverSet, _source, reference.Span, name);
    }

    private void CheckCall(FunctionCallSyntax call)
    {
        if (!FunctionCatalog.TryGet(call.Name, out var signature))
        {
            string? hint;
            if (FunctionCatalog.DicomEdit4Only.Contains(call.Name))
                hint = $"{call.Name} exists only in DicomEdit 4";
            else if (FunctionCatalog.Nearest(call.Name) is { } near)
                hint = $"did you mean {near.Name}? ({near.Usage})";
            else
                hint = "function names are case-sensitive; the DicomEdit 6 functions are listed in the DicomEdit documentation";
            _diagnostics.ReportWithHint(DiagnosticDescriptors.UnknownFunction, _source, call.NameSpan, hint, call.Name);
        }
        else
        {
            if (!signature.Accepts(call.Arguments.Count))
                ReportRuntime(DiagnosticDescriptors.WrongArgumentCount, call.Span, call.Name,
                    signature.DescribeArity(), call.Arguments.Count == 1 ? "1 is" : $"{call.Arguments.Count} are", "write " + signature.Usage);
            Feature(call.Name + "[…]", signature.Since, call.NameSpan);
            if (call.Name is "removeTags")
                foreach (var arg in call.Arguments) if (arg is TagPathSyntax p) CheckDeletedPath(p, call.Span);
            if (call.Name is "delete" && call.Arguments.Count > 0 && call.Arguments[0] is StringLiteralSyntax s
                && DicomTag.TryParse(s.Value, out var tag))
                CheckDeletedTag(tag, call.Span);
        }
        foreach (var argument in call.Arguments) CheckArgument(argument);
    }

    private static readonly (DicomTag Tag, string Name, string Consequence)[] s_requiredUids =
    [
        (new DicomTag(0x0008, 0x0016), "SOP Class UID", "XNAT writes the object without it as Secondary Capture, so it is mis-filed"),
        (new DicomTag(0x0008, 0x0018), "SOP Instance UID", "XNAT gives the object a new random UID, so a resent object is stored twice"),
        (new DicomTag(0x0020, 0x000D), "Study Instance UID", "XNAT cannot file the object into a session and refuses it"),
    ];

    private void CheckDeletedPath(TagPathSyntax path, TextSpan span)
    {
        if (path.IsMissing) return;
        // Only paths that reach the top level: (tag) or */(tag).
        ElementStepSyntax? element = path.Steps switch
        {
            [ElementStepSyntax e] => e,
            [LevelWildcardStepSyntax { Kind: LevelWildcardKind.ZeroOrMore }, ElementStepSyntax e] => e,
            _ => null,
        };
        if (element is null || element.Tag.IsPrivate || element.Item is not null) return;
        foreach (var (tag, _, _) in s_requiredUids)
            if (element.Tag.MatchesDigits(tag)) { CheckDeletedTag(tag, span); return; }
    }

    private void CheckDeletedTag(DicomTag tag, TextSpan span)
    {
        foreach (var (t, name, consequence) in s_requiredUids)
            if (t == tag)
            {
                string hint = t.Element == 0x0016
                    ? "keep it: the SOP Class UID names the kind of object and identifies no one"
                    : $"replace the UID instead of deleting it, e.g. {t} := hashUID[{t}]";
                _diagnostics.ReportWithHint(DiagnosticDescriptors.DeletesRequiredUid, _source, span, hint, t.ToString(), name, consequence);
            }
    }

    private void CheckTarget(TagPathSyntax target)
    {
        if (target.IsMissing) return;
        if (!target.IsSingular)
            ReportRuntime(DiagnosticDescriptors.NonSingularAssignmentTarget, target.Span, target.ToString());
    }

    private void Feature(string what, string since, TextSpan span)
    {
        if (_declaredVersion is null || DicomEditVersions.Compare(since, _declaredVersion) <= 0) return;
        if (!_reportedFeatures.Add(what)) return;
        _diagnostics.Report(DiagnosticDescriptors.FeatureNewerThanVersion, _source, span, what, since, _declaredVersion);
    }
}
