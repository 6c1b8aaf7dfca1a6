using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Runtime;

/// <summary>Compiles test scripts through the real compiler (language selection, lexer, parser, checker, preparer).</summary>
internal static class TestScripts
{
    public static ScriptCompilation TryCompile(SourceText source) => ScriptCompiler.Compile(source);

    public static CompiledScript Compile(SourceText source)
    {
        var compilation = ScriptCompiler.Compile(source);
        if (compilation.Script is null)
            throw new InvalidOperationException("the test script does not compile: " + string.Join("; ", compilation.Diagnostics.Where(d => d.IsError)));
        return compilation.Script;
    }

    public static CompiledScript Compile(string text, string name = "test.das") => Compile(SourceText.From(text, name));

    public static CompiledScript Load(string path) => Compile(SourceText.Load(path));
}
