using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>Compiles DicomEdit 4 scripts: lex, parse, check, and build the runnable script.</summary>
public static class V4Compiler
{
    /// <summary>Compiles <paramref name="source"/>; every diagnostic goes to <paramref name="diagnostics"/>.
    /// Never throws on user input.</summary>
    /// <returns>The compiled script, or null when this script has an error.</returns>
    public static CompiledScript? Compile(SourceText source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var own = new DiagnosticBag();
        var syntax = V4Parser.Parse(source, own);
        var model = V4Checker.Check(syntax, own);
        diagnostics.AddRange(own.Items);
        return own.HasErrors ? null : new V4CompiledScript(syntax, model);
    }
}
