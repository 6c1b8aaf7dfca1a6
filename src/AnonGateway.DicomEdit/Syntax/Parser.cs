using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

/// <summary>Hand-written recursive-descent parser for DicomEdit 6.0–6.7 (grammar notes §3).</summary>
/// <remarks>Never throws on user input. It reports at most one syntax error per statement (later ones are
/// usually consequences), skips the rest of that line and carries on, so one run lists every independent problem.
/// Missing pieces are synthesized (<see cref="MissingValueSyntax"/>) so the tree is always complete. Nesting of
/// blocks, lists and calls is limited to <see cref="MaxDepth"/>; beyond it one fatal error ends the parse.</remarks>
public sealed partial class Parser
{
    /// <summary>The deepest nesting of blocks, lists and function calls accepted.</summary>
    public const int MaxDepth = 64;

    private readonly SourceText _source;
    private readonly IReadOnlyList<Token> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private int _index;
    private int _depth;
    private bool _fatal;
    private bool _statementError;

    private Parser(SourceText source, IReadOnlyList<Token> tokens, DiagnosticBag diagnostics)
    {
        _source = source;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    /// <summary>Parses a token list (ending with end-of-file) into a script tree, reporting into <paramref name="diagnostics"/>.</summary>
    public static ScriptSyntax Parse(SourceText source, IReadOnlyList<Token> tokens, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (tokens.Count == 0 || tokens[^1].Kind != TokenKind.EndOfFile)
            tokens = [.. tokens, new Token(TokenKind.EndOfFile, new TextSpan(source.Length, 0), "")];
        return new Parser(source, tokens, diagnostics).ParseScript();
    }

    private Token Current => _tokens[_index];

    private Token Peek(int ahead) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private Token Previous => _index > 0 ? _tokens[_index - 1] : _tokens[0];

    private bool At(TokenKind kind) => Current.Kind == kind;

    private bool AtLineEnd => Current.Kind is TokenKind.NewLine or TokenKind.EndOfFile;

    private Token Next()
    {
        var t = Current;
        if (t.Kind != TokenKind.EndOfFile) _index++;
        return t;
    }

    /// <summary>Reports the statement's first syntax error; later ones in the same statement are dropped.</summary>
    private void Error(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args)
    {
        if (_statementError || _fatal) return;
        _statementError = true;
        _diagnostics.Report(descriptor, _source, span, args);
    }

    private void ErrorWithHint(DiagnosticDescriptor descriptor, TextSpan span, string? hint, params object?[] args)
    {
        if (_statementError || _fatal) return;
        _statementError = true;
        _diagnostics.ReportWithHint(descriptor, _source, span, hint, args);
    }

    /// <summary>Where a missing token belongs: just after the previous token when the line ends here (so the caret
    /// is where the user forgot it), else the unexpected token itself.</summary>
    private TextSpan MissingSpan()
    {
        if (AtLineEnd && _index > 0) return new TextSpan(Previous.Span.End, 0);
        return Current.Span;
    }

    private bool EnterDepth()
    {
        _depth++;
        if (_depth > MaxDepth && !_fatal)
        {
            _diagnostics.Report(DiagnosticDescriptors.NestingTooDeep, _source, Current.Span, MaxDepth);
            _fatal = true;
        }
        return !_fatal;
    }

    private void LeaveDepth() => _depth--;

    private void SkipNewLines()
    {
        while (At(TokenKind.NewLine)) Next();
    }

    private void SkipToLineEnd(bool inBlock)
    {
        while (!AtLineEnd && !(inBlock && At(TokenKind.CloseBrace))) Next();
    }

    private TextSpan SpanFrom(TextSpan start) => TextSpan.FromBounds(start.Start, Math.Max(start.End, Previous.Span.End));

    /// <summary>The token in the user's words, for "found …" in messages.</summary>
    internal static string Describe(Token t) => t.Kind switch
    {
        TokenKind.EndOfFile => "the end of the script",
        TokenKind.NewLine => "the end of the line",
        TokenKind.String => "the string " + Shorten(t.Text),
        TokenKind.Integer or TokenKind.Float => "the number " + t.Text,
        TokenKind.Identifier => $"the name '{t.Text}'",
        TokenKind.PublicGroup or TokenKind.PrivateGroup => $"'{t.Text}' (the start of a tag)",
        TokenKind.PublicElement or TokenKind.PrivateElement => $"'{Shorten(t.Text)}' (the end of a tag)",
        _ when t.IsKeyword => $"the word '{t.Text}'",
        _ => $"'{t.Text}'",
    };

    private static string Shorten(string s) => s.Length <= 40 ? s : string.Concat(s.AsSpan(0, 37), "...");

    /// <summary>The user's text for a node (first line only, shortened), for messages.</summary>
    private string Show(SyntaxNode node)
    {
        string text = _source.GetText(node.Span);
        int nl = text.IndexOfAny(['\r', '\n']);
        if (nl >= 0) text = text[..nl];
        return Shorten(text.Trim());
    }

    private ScriptSyntax ParseScript()
    {
        var statements = new List<StatementSyntax>();
        while (!_fatal)
        {
            SkipNewLines();
            if (At(TokenKind.EndOfFile)) break;
            ParseStatementInto(statements, inBlock: false);
        }
        return new ScriptSyntax(_source, statements, new TextSpan(0, _source.Length));
    }

    private static bool CanStartStatement(TokenKind kind) => kind is TokenKind.PublicGroup or TokenKind.PrivateGroup
        or TokenKind.LevelWildcard or TokenKind.Identifier or TokenKind.Minus or TokenKind.EchoKeyword or TokenKind.IfKeyword
        or TokenKind.DescribeKeyword or TokenKind.ExportKeyword or TokenKind.RemoveAllPrivateTagsKeyword
        or TokenKind.VersionKeyword or TokenKind.String or TokenKind.Integer or TokenKind.Float or TokenKind.OpenBrace;

    private static bool CanStartValue(TokenKind kind) => kind is TokenKind.String or TokenKind.Integer or TokenKind.Float
        or TokenKind.Identifier or TokenKind.PublicGroup or TokenKind.PrivateGroup or TokenKind.LevelWildcard or TokenKind.OpenBrace;

    private static bool IsComparison(TokenKind kind) => kind is TokenKind.EqualsOperator or TokenKind.NotEqualsOperator
        or TokenKind.MatchesOperator or TokenKind.NotMatchesOperator;
}
