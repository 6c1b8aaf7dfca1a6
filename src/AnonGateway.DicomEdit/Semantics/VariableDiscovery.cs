using AnonGateway.DicomEdit.Syntax.Nodes;

namespace AnonGateway.DicomEdit.Semantics;

/// <summary>Finds the variables a DicomEdit 6 script sets and the ones it expects from the host (spec §2 step 6): those
/// read before (in document order) they are set, plus those named by <c>describe … hidden|const|immutable</c> (§2.6).
/// Uses in function arguments count too (spec §7 quirk: upstream leaves those unbound). The checker and the interpreter
/// both use it, so what <c>validate</c> lists as host variables is what a run binds.</summary>
public static class VariableDiscovery
{
    /// <summary>Walks the tree in document order.</summary>
    public static ScriptVariables Discover(ScriptSyntax script)
    {
        ArgumentNullException.ThrowIfNull(script);
        var initialized = new HashSet<string>(StringComparer.Ordinal);
        var external = new HashSet<string>(StringComparer.Ordinal);
        foreach (var statement in script.Statements) Visit(statement, initialized, external);
        return new ScriptVariables(initialized, external);
    }

    private static void Visit(SyntaxNode node, HashSet<string> initialized, HashSet<string> external)
    {
        switch (node)
        {
            case VariableInitializationStatementSyntax init:
                // The value is evaluated before the name is bound: "x := x" reads an external x.
                Visit(init.Value, initialized, external);
                initialized.Add(init.Name);
                return;
            case VariableReferenceSyntax reference:
                if (!initialized.Contains(reference.Name)) external.Add(reference.Name);
                return;
            case DescribeStatementSyntax { Kind: not DescribeKind.Label } describe:
                external.Add(describe.Name);
                return;
        }
        foreach (var child in node.ChildNodes()) Visit(child, initialized, external);
    }
}
