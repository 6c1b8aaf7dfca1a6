using System.Collections.Frozen;
using System.Globalization;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>Checks a parsed DicomEdit 4 script: functions and their argument counts, generators, variables
/// (single initialisation, no cycles, host-supplied ones), literal regular expressions and integer arguments.</summary>
/// <remarks>Where XNAT's DicomEdit 4 accepts something that cannot work (an unknown function, whose message is
/// "null"), or refuses the script without saying where (a second initialisation), the checker reports it at its place.</remarks>
public static class V4Checker
{
    /// <summary>The variables XNAT supplies to every script (spec §12.5).</summary>
    public static readonly FrozenSet<string> XnatVariables = new[] { "project", "subject", "session" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks <paramref name="script"/>, reporting to <paramref name="diagnostics"/>.</summary>
    public static V4ScriptModel Check(V4ScriptSyntax script, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var source = script.Source;
        var variables = new Dictionary<string, V4VariableInitialization>(StringComparer.OrdinalIgnoreCase);
        foreach (var init in script.Statements.OfType<V4VariableInitialization>())
        {
            if (variables.TryGetValue(init.Name, out var first))
                diagnostics.Report(V4Diagnostics.VariableRedefined, source, init.NameSpan, init.Name, source.GetLinePosition(first.NameSpan.Start).Line + 1);
            else variables.Add(init.Name, init);
        }

        var externals = new Dictionary<string, V4VariableReference>(StringComparer.OrdinalIgnoreCase);
        var externalNames = new List<string>();
        var firstUnconditional = new Dictionary<uint, V4Statement>();
        foreach (var statement in script.Statements)
        {
            foreach (var e in Expressions(statement)) CheckExpression(e, source, diagnostics, variables, externals, externalNames);
            CheckStatement(statement, source, diagnostics, firstUnconditional);
        }

        foreach (var name in externalNames)
        {
            var use = externals[name];
            if (XnatVariables.Contains(name)) diagnostics.Report(V4Diagnostics.HostVariableSupplied, source, use.Span, use.Name);
            else diagnostics.Report(V4Diagnostics.HostVariableRequired, source, use.Span, use.Name);
        }

        ReportCycles(variables, source, diagnostics);
        return new V4ScriptModel(
            variables.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            externalNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            externals.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The expressions directly in a statement (conditions, values, generator arguments).</summary>
    internal static IEnumerable<V4Expression> Expressions(V4Statement statement)
    {
        switch (statement)
        {
            case V4ConstrainedStatement c:
                foreach (var condition in c.Conditions) { yield return condition.Left; yield return condition.Right; }
                foreach (var e in Expressions(c.Action)) yield return e;
                break;
            case V4AssignmentStatement a: yield return a.Value; break;
            case V4GeneratorStatement g: foreach (var e in g.Arguments) yield return e; break;
            case V4EchoStatement { Value: { } v }: yield return v; break;
            case V4VariableInitialization v: yield return v.Value; break;
        }
    }

    private static void CheckStatement(V4Statement statement, SourceText source, DiagnosticBag diagnostics, Dictionary<uint, V4Statement> firstUnconditional)
    {
        var action = statement as V4Action ?? (statement as V4ConstrainedStatement)?.Action;
        if (statement is V4ConstrainedStatement constrained)
        {
            foreach (var condition in constrained.Conditions)
                if (condition.Operator == V4ConditionOperator.Matches && condition.Right is V4StringLiteral regex)
                    CheckRegex(regex, whole: true, source, diagnostics);
        }
        if (action is V4GeneratorStatement generator && !string.Equals(generator.Generator, "UID", StringComparison.Ordinal))
            diagnostics.Report(V4Diagnostics.UnknownGenerator, source, generator.GeneratorSpan, generator.Generator);

        // In DicomEdit 4 the first statement for a tag wins: a later one after an unconditional one is dead.
        var target = action switch
        {
            V4AssignmentStatement a => a.Target,
            V4GeneratorStatement g => g.Target,
            V4DeletionStatement d => d.Target,
            _ => null,
        };
        if (target is null || target.IsPattern) return;
        uint tag = target.Pattern.Value;
        if (firstUnconditional.TryGetValue(tag, out var earlier))
            diagnostics.Report(V4Diagnostics.OverriddenStatement, source, statement.Span, target.ToString(), source.GetLinePosition(earlier.Span.Start).Line + 1);
        else if (statement is V4Action) firstUnconditional[tag] = statement;
    }

    private static void CheckExpression(V4Expression expression, SourceText source, DiagnosticBag diagnostics,
        Dictionary<string, V4VariableInitialization> variables, Dictionary<string, V4VariableReference> externals, List<string> externalNames)
    {
        switch (expression)
        {
            case V4VariableReference v:
                if (!variables.ContainsKey(v.Name) && !externals.ContainsKey(v.Name))
                {
                    externals.Add(v.Name, v);
                    externalNames.Add(v.Name);
                }
                break;
            case V4FormatShorthand f:
                foreach (var a in f.Arguments) CheckExpression(a, source, diagnostics, variables, externals, externalNames);
                break;
            case V4FunctionCall call:
                foreach (var a in call.Arguments) CheckExpression(a, source, diagnostics, variables, externals, externalNames);
                CheckCall(call, source, diagnostics);
                break;
        }
    }

    private static void CheckCall(V4FunctionCall call, SourceText source, DiagnosticBag diagnostics)
    {
        var function = V4FunctionCatalog.Find(call.Name);
        if (function is null)
        {
            diagnostics.ReportWithHint(V4Diagnostics.UnknownFunction, source, call.NameSpan, UnknownFunctionHint(call.Name), call.Name);
            return;
        }
        int n = call.Arguments.Count;
        if (n < function.MinArguments || n > function.MaxArguments)
        {
            string takes = function.MinArguments == function.MaxArguments ? Count(function.MinArguments)
                : function.MaxArguments == int.MaxValue ? "at least " + Count(function.MinArguments)
                : $"{function.MinArguments} to {Count(function.MaxArguments)}";
            string? hint = function.Name == "match" && n < 3
                ? "XNAT's DicomEdit 4 refuses the whole script for this (with no line number)."
                : null;
            diagnostics.ReportWithHint(V4Diagnostics.WrongArgumentCount, source, call.Span, hint, call.Name, takes, n == 1 ? "1 is" : $"{n} are", function.Signature);
            return;
        }
        foreach (int i in function.IntegerArguments)
        {
            var arg = call.Arguments[i];
            if (arg is V4StringLiteral s && !int.TryParse(s.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
                diagnostics.Report(V4Diagnostics.ExpectedInteger, source, arg.Span, Ordinal(i), call.Name);
        }
        if (function.RegexArgument >= 0 && call.Arguments[function.RegexArgument] is V4StringLiteral regex)
            CheckRegex(regex, whole: false, source, diagnostics);
    }

    private static void CheckRegex(V4StringLiteral regex, bool whole, SourceText source, DiagnosticBag diagnostics)
    {
        try
        {
            JavaRegex.Create(regex.Value, whole, ExecutionLimits.Default.RegexTimeout);
        }
        catch (ScriptEvaluationException ex)
        {
            diagnostics.Report(V4Diagnostics.InvalidRegex, source, regex.Span, ex.Message);
        }
    }

    private static string Count(int n) => n == 1 ? "1 argument" : $"{n} arguments";

    private static string Ordinal(int i) => i switch { 0 => "first", 1 => "second", 2 => "third", _ => $"{i + 1}th" };

    private static string? UnknownFunctionHint(string name)
    {
        var exact = V4FunctionCatalog.All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return $"Did you mean '{exact.Name}'? Function names are case-sensitive.";
        if (V4FunctionCatalog.DicomEdit6Only.Contains(name))
            return $"'{name}' is a DicomEdit 6 function; start the script with the line version \"6.6\" to use DicomEdit 6. " +
                   "XNAT's DicomEdit 4 accepts the call and fails on it (its message is just \"null\").";
        var nearest = V4FunctionCatalog.All.Select(f => (f.Name, Distance: Text.EditDistance.Between(f.Name.ToLowerInvariant(), name.ToLowerInvariant())))
            .OrderBy(x => x.Distance).First();
        return nearest.Distance <= Math.Max(2, name.Length / 3) ? $"Did you mean '{nearest.Name}'?" : null;
    }


    private static void ReportCycles(Dictionary<string, V4VariableInitialization> variables, SourceText source, DiagnosticBag diagnostics)
    {
        // 0 = unvisited, 1 = on the current path, 2 = done.
        var state = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in variables.Keys) Visit(name);

        void Visit(string name)
        {
            if (!variables.TryGetValue(name, out var init)) return;
            if (state.GetValueOrDefault(name) == 2) return;
            if (state.GetValueOrDefault(name) == 1)
            {
                if (reported.Add(name)) diagnostics.Report(V4Diagnostics.VariableCycle, source, init.NameSpan, init.Name);
                return;
            }
            state[name] = 1;
            foreach (var used in References(init.Value)) Visit(used.Name);
            state[name] = 2;
        }
    }

    private static IEnumerable<V4VariableReference> References(V4Expression e)
    {
        switch (e)
        {
            case V4VariableReference v: yield return v; break;
            case V4FunctionCall c: foreach (var a in c.Arguments) foreach (var r in References(a)) yield return r; break;
            case V4FormatShorthand f: foreach (var a in f.Arguments) foreach (var r in References(a)) yield return r; break;
        }
    }
}
