using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Semantics;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;
using AnonGateway.DicomEdit.V4;

namespace AnonGateway.DicomEdit;

/// <summary>Compiles a DicomEdit script: picks the language as XNAT does, then DicomEdit 6 → parse, check and
/// prepare; DicomEdit 4 → the DicomEdit 4 compiler. Never throws on user input.</summary>
public static class ScriptCompiler
{
    /// <summary>Compiles <paramref name="source"/> for a host that supplies XNAT's variables (project, subject, session).</summary>
    public static ScriptCompilation Compile(SourceText source) => Compile(source, null);

    /// <summary>Compiles <paramref name="source"/>; <paramref name="hostVariables"/> are the variable names the host
    /// supplies (null: XNAT's project, subject, session), used only for the "never set" warning.</summary>
    public static ScriptCompilation Compile(SourceText source, IReadOnlySet<string>? hostVariables)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bag = new DiagnosticBag();
        var selection = LanguageSelector.Select(source);
        bag.AddRange(selection.Diagnostics);

        if (selection.Language == DicomEditLanguage.V4)
        {
            // A near-miss version line already says what is wrong; the DicomEdit 4 parser's errors would bury it.
            CompiledScript? v4 = selection.HasErrors ? null : V4Compiler.Compile(source, bag);
            return new ScriptCompilation(bag.HasErrors ? null : v4, bag.ToSortedList(), DicomEditLanguage.V4) { DeclaredVersion = selection.Version };
        }

        var tree = SyntaxTree.Parse(source);
        foreach (var d in tree.Diagnostics)
        {
            // A malformed "version := ..." line is reported once, by the selector.
            if (selection.MalformedVersionLine is int line && d.Position.Line == line) continue;
            bag.Add(d);
        }
        Checker.Check(tree, selection.Version, bag, hostVariables);
        CompiledScript? script = bag.HasErrors ? null : V6CompiledScript.Create(source, tree.Root);
        return new ScriptCompilation(script, bag.ToSortedList(), DicomEditLanguage.V6) { DeclaredVersion = selection.Version };
    }
}
