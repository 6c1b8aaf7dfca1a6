using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

/// <summary>The result of parsing a DicomEdit 6 script: the tree (always complete, possibly with missing parts) and
/// every lexer and parser diagnostic. Parsing never throws on any input.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText source, PreprocessedText text, IReadOnlyList<Token> tokens, ScriptSyntax root, IReadOnlyList<ScriptDiagnostic> diagnostics)
    {
        Source = source;
        Text = text;
        Tokens = tokens;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Source { get; }

    /// <summary>The pre-processed text the lexer saw (with its map back to the original).</summary>
    public PreprocessedText Text { get; }

    /// <summary>The tokens, ending with end-of-file.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    public ScriptSyntax Root { get; }

    /// <summary>Lexer and parser diagnostics, in the order found.</summary>
    public IReadOnlyList<ScriptDiagnostic> Diagnostics { get; }

    /// <summary>Whether a lexer or parser error was found.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Pre-processes, lexes and parses <paramref name="source"/> as DicomEdit 6.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var bag = new DiagnosticBag();
        var text = PreprocessedText.Create(source);
        var tokens = Lexer.Tokenize(text, bag);
        var root = Parser.Parse(source, tokens, bag);
        return new SyntaxTree(source, text, tokens, root, bag.Items);
    }
}
