using AnonGateway.DicomEdit.Syntax.Nodes;

namespace AnonGateway.DicomEdit.Runtime.Interpreter;

/// <summary>The variables a script reads before (in document order) it sets them, plus those named by
/// <c>describe … hidden|const|immutable</c> (spec §2.6). Unlike upstream, uses in function arguments count too
/// (spec §7 quirk: upstream leaves those unbound).</summary>
internal static class ExternalVariableFinder
{
    public static IReadOnlySet<string> Find(ScriptSyntax root)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        var initialised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in root.Statements) Visit(s, set, initialised);
        return set;
    }

    private static void Visit(SyntaxNode node, HashSet<string> externals, HashSet<string> initialised)
    {
        switch (node)
        {
            case VariableInitializationStatementSyntax v:
                Visit(v.Value, externals, initialised);
                initialised.Add(v.Name);
                return;
            case VariableReferenceSyntax r:
                if (!initialised.Contains(r.Name)) externals.Add(r.Name);
                return;
            case DescribeStatementSyntax d when d.Kind != DescribeKind.Label:
                externals.Add(d.Name);
                return;
        }
        foreach (var child in node.ChildNodes()) Visit(child, externals, initialised);
    }
}
