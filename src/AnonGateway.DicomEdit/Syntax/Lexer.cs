using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

/// <summary>The DicomEdit 6 lexer (grammar notes §2): at each position the longest token wins, ties go to the rule
/// defined first — exactly as ANTLR does, so <c>(face</c> is a tag start and <c>0010)</c> an element, as upstream.
/// Never throws: unknown characters are dropped with a warning (what XNAT does), bad strings are errors.</summary>
public sealed class Lexer
{
    private readonly PreprocessedText _text;
    private readonly string _s;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Token> _tokens = [];
    private int _pos;

    private Lexer(PreprocessedText text, DiagnosticBag diagnostics)
    {
        _text = text;
        _s = text.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>Tokenizes pre-processed text; the list always ends with <see cref="TokenKind.EndOfFile"/>.</summary>
    public static IReadOnlyList<Token> Tokenize(PreprocessedText text, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lexer = new Lexer(text, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private SourceText Source => _text.Source;

    private void Run()
    {
        foreach (var line in _text.SwallowedLines)
            _diagnostics.Report(DiagnosticDescriptors.CommentSwallowsLine, Source, line);
        while (_pos < _s.Length)
        {
            char c = _s[_pos];
            if (c is ' ' or '\t') { _pos++; continue; }
            if (c == '\n') { Add(TokenKind.NewLine, 1); continue; }
            if (c == '"') { LexString(); continue; }
            if (c == '/' && Peek(1) == '/') { SkipComment(); continue; }
            var (kind, length) = Longest();
            if (length == 0) { DropCharacter(); continue; }
            Add(kind, length);
        }
        _tokens.Add(new Token(TokenKind.EndOfFile, new TextSpan(Source.Length, 0), ""));
    }

    private char Peek(int ahead) => _pos + ahead < _s.Length ? _s[_pos + ahead] : '\0';

    private void Add(TokenKind kind, int length)
    {
        _tokens.Add(new Token(kind, _text.MapSpan(_pos, _pos + length), _s.Substring(_pos, length)));
        _pos += length;
    }

    // Candidates in ANTLR definition order; a later one replaces the best only when strictly longer.
    private (TokenKind Kind, int Length) Longest()
    {
        var best = (Kind: TokenKind.EndOfFile, Length: 0);
        void Offer(TokenKind k, int len) { if (len > best.Length) best = (k, len); }

        char c = _s[_pos];
        switch (c)
        {
            case ',': Offer(TokenKind.Comma, 1); break;
            case '(': Offer(TokenKind.OpenParen, 1); break;
            case ')': Offer(TokenKind.CloseParen, 1); break;
            case '[': Offer(TokenKind.OpenBracket, 1); break;
            case ']': Offer(TokenKind.CloseBracket, 1); break;
            case '{': Offer(TokenKind.OpenBrace, 1); break;
            case '}': Offer(TokenKind.CloseBrace, 1); break;
            case '/': Offer(TokenKind.Slash, 1); break;
        }
        if (c == ':' && Peek(1) == '=') Offer(TokenKind.Assign, 2);
        if (c == '?' && Peek(1) == '=') Offer(TokenKind.AssignIfExists, 2);
        if (c == '-') Offer(TokenKind.Minus, 1);
        if (c == '?') Offer(TokenKind.Question, 1);
        if (c == ':') Offer(TokenKind.Colon, 1);
        if (c == '=') Offer(TokenKind.EqualsOperator, 1);
        if (c == '!' && Peek(1) == '=') Offer(TokenKind.NotEqualsOperator, 2);
        if (c == '~') Offer(TokenKind.MatchesOperator, 1);
        if (c == '!' && Peek(1) == '~') Offer(TokenKind.NotMatchesOperator, 2);

        int word = IsLetter(c) || c == '_' ? WordLength() : 0;
        if (word > 0)
        {
            var keyword = Keyword(_s.AsSpan(_pos, word));
            if (keyword is TokenKind k) Offer(k, word);
            if (word == 1 && c is 'x' or 'X') Offer(TokenKind.HexDigitWildcard, 1);
        }
        if (c == '%') Offer(TokenKind.ItemWildcard, 1);
        if (c is '*' or '+' or '.') Offer(TokenKind.LevelWildcard, 1);
        if (word > 0) Offer(TokenKind.Identifier, word);
        var (intLen, floatLen) = NumberLengths();
        Offer(TokenKind.Integer, intLen);
        Offer(TokenKind.Float, floatLen);
        if (c == '(' && IsHexish(Peek(1)) && IsHexish(Peek(2)) && IsHexish(Peek(3)))
        {
            char last = Peek(4);
            if (IsEvenHex(last)) Offer(TokenKind.PublicGroup, 5);
            else if (IsOddHex(last)) Offer(TokenKind.PrivateGroup, 5);
        }
        if (IsHexish(c) && IsHexish(Peek(1)) && IsHexish(Peek(2)) && IsHexish(Peek(3)) && Peek(4) == ')')
            Offer(TokenKind.PublicElement, 5);
        if (c == '{') Offer(TokenKind.PrivateElement, PrivateElementLength());
        return best;
    }

    private int WordLength()
    {
        int i = _pos + 1;
        while (i < _s.Length && (IsLetter(_s[i]) || char.IsAsciiDigit(_s[i]) || _s[i] == '_')) i++;
        return i - _pos;
    }

    // INTEGER ::= '0' | '-'? [1-9] digit* ;  FLOAT ::= '-'? ('0' '.' digit+ | [1-9] digit* '.' digit+)
    private (int Integer, int Float) NumberLengths()
    {
        int i = _pos;
        if (i < _s.Length && _s[i] == '-') i++;
        if (i >= _s.Length || !char.IsAsciiDigit(_s[i])) return (0, 0);
        bool negative = i > _pos;
        int intLen;
        int j;
        if (_s[i] == '0')
        {
            j = i + 1;
            intLen = negative ? 0 : 1;
        }
        else
        {
            j = i + 1;
            while (j < _s.Length && char.IsAsciiDigit(_s[j])) j++;
            intLen = j - _pos;
        }
        int floatLen = 0;
        if (j < _s.Length && _s[j] == '.' && j + 1 < _s.Length && char.IsAsciiDigit(_s[j + 1]))
        {
            int k = j + 1;
            while (k < _s.Length && char.IsAsciiDigit(_s[k])) k++;
            floatLen = k - _pos;
        }
        return (intLen, floatLen);
    }

    // PVT_ELEMENT ::= '{' letter (letter | digit | ' ' | '-' | '_' | '.' | ':')* '}' hex hex ')'
    private int PrivateElementLength()
    {
        int i = _pos + 1;
        if (i >= _s.Length || !IsLetter(_s[i])) return 0;
        i++;
        while (i < _s.Length && IsCreatorChar(_s[i])) i++;
        if (i + 3 >= _s.Length) return 0;
        if (_s[i] != '}' || !IsHexish(_s[i + 1]) || !IsHexish(_s[i + 2]) || _s[i + 3] != ')') return 0;
        return i + 4 - _pos;
    }

    private void LexString()
    {
        int start = _pos;
        int i = _pos + 1;
        while (true)
        {
            if (i >= _s.Length || _s[i] == '\n')
            {
                // A string must close on its line (line continuations are already joined); upstream would run on to
                // the next quote and fail later with a confusing message.
                _diagnostics.Report(DiagnosticDescriptors.UnterminatedString, Source, _text.MapSpan(start, i));
                break;
            }
            char c = _s[i];
            if (c == '"') { i++; break; }
            if (c == '\\')
            {
                char n = i + 1 < _s.Length ? _s[i + 1] : '\0';
                if (n is 'n' or 'r' or 't' or 'b' or 'f' or '(' or ')' or '\\') { i += 2; continue; }
                if (IsOctal(n) && i + 3 < _s.Length && IsOctal(_s[i + 2]) && IsOctal(_s[i + 3])) { i += 4; continue; }
                if (n == '"')
                {
                    _diagnostics.Report(DiagnosticDescriptors.EscapedQuoteInString, Source, _text.MapSpan(i, i + 2));
                    i += 2;
                    continue;
                }
                if (n == '\n' || n == '\0') { i++; continue; } // reported as unterminated on the next round
                _diagnostics.Report(DiagnosticDescriptors.InvalidEscape, Source, _text.MapSpan(i, i + 2), n.ToString());
                i += 2;
                continue;
            }
            i++;
        }
        _tokens.Add(new Token(TokenKind.String, _text.MapSpan(start, i), _s[start..i]));
        _pos = i;
    }

    private void SkipComment()
    {
        while (_pos < _s.Length && _s[_pos] != '\n') _pos++;
    }

    private void DropCharacter()
    {
        int len = char.IsHighSurrogate(_s[_pos]) && _pos + 1 < _s.Length && char.IsLowSurrogate(_s[_pos + 1]) ? 2 : 1;
        string ch = _s.Substring(_pos, len);
        var span = _text.MapSpan(_pos, _pos + len);
        string? hint = ch switch
        {
            ";" => "DicomEdit statements end at the end of the line; remove the ';'",
            "!" => "the negated operators are '!=' and '!~'",
            "'" => "strings are written in double quotes",
            "\\" => "a backslash is only allowed inside a string or as the last character of a line (line continuation)",
            _ => null,
        };
        _diagnostics.ReportWithHint(DiagnosticDescriptors.UnexpectedCharacter, Source, span, hint, Printable(ch));
        _pos += len;
    }

    private static string Printable(string ch) =>
        ch.Length == 1 && (char.IsControl(ch[0]) || char.IsWhiteSpace(ch[0])) ? $"U+{(int)ch[0]:X4}" : ch;

    private static TokenKind? Keyword(ReadOnlySpan<char> w) => w switch
    {
        "if" => TokenKind.IfKeyword,
        "elseif" => TokenKind.ElseIfKeyword,
        "else" => TokenKind.ElseKeyword,
        "describe" => TokenKind.DescribeKeyword,
        "hidden" => TokenKind.HiddenKeyword,
        "const" => TokenKind.ConstKeyword,
        "immutable" => TokenKind.ImmutableKeyword,
        "export" => TokenKind.ExportKeyword,
        "echo" => TokenKind.EchoKeyword,
        "removeAllPrivateTags" => TokenKind.RemoveAllPrivateTagsKeyword,
        "version" => TokenKind.VersionKeyword,
        _ => null,
    };

    internal static bool IsLetter(char c) => char.IsAsciiLetter(c);

    internal static bool IsCreatorChar(char c) => IsLetter(c) || char.IsAsciiDigit(c) || c is ' ' or '-' or '_' or '.' or ':';

    internal static bool IsHexish(char c) => char.IsAsciiHexDigit(c) || c is 'x' or 'X' or '@' or '#';

    internal static bool IsEvenHex(char c) => c is '0' or '2' or '4' or '6' or '8' or 'a' or 'A' or 'c' or 'C' or 'e' or 'E' or '@';

    internal static bool IsOddHex(char c) => c is '1' or '3' or '5' or '7' or '9' or 'b' or 'B' or 'd' or 'D' or 'f' or 'F' or '#';

    private static bool IsOctal(char c) => c is >= '0' and <= '7';
}
