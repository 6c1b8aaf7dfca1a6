using System.Globalization;
using System.Text;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>Splits a DicomEdit 4 script into tokens (grammar notes §6.1, spec §12.1). Never throws on user input:
/// every problem becomes a diagnostic and lexing goes on.</summary>
/// <remarks>Where the upstream ANTLR 3 lexer would drop a character and carry on, so do we (as a
/// <see cref="V4TokenKind.Bad"/> token), but the problem is an error: DicomEdit 4 runs such scripts with another
/// meaning. Malformed tags whose intent is clear (spaces inside, a lowercase x) are reported and then read as meant,
/// so that one mistake gives one diagnostic.</remarks>
public sealed class V4Lexer
{
    private readonly SourceText _source;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<V4Token> _tokens = [];
    private int _pos;

    private V4Lexer(SourceText source, DiagnosticBag diagnostics)
    {
        _source = source;
        _text = source.Text;
        _diagnostics = diagnostics;
    }

    /// <summary>All tokens of <paramref name="source"/>, ending with <see cref="V4TokenKind.EndOfFile"/>.</summary>
    public static IReadOnlyList<V4Token> Tokenize(SourceText source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var lexer = new V4Lexer(source, diagnostics);
        lexer.Run();
        return lexer._tokens;
    }

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool AtEnd(int ahead = 0) => _pos + ahead >= _text.Length;

    private void Report(DiagnosticDescriptor descriptor, int start, int length, params object?[] args) =>
        _diagnostics.Report(descriptor, _source, new TextSpan(start, length), args);

    private void Add(V4TokenKind kind, int start, string? value = null, TagPattern tag = default) =>
        _tokens.Add(new V4Token(kind, TextSpan.FromBounds(start, _pos), value, tag));

    private void Run()
    {
        while (!AtEnd())
        {
            int start = _pos;
            char c = _text[_pos];
            switch (c)
            {
                case ' ' or '\t':
                    _pos++;
                    break;
                case '\n':
                    _pos++;
                    Add(V4TokenKind.NewLine, start);
                    break;
                case '\r' when Peek(1) == '\n':
                    _pos += 2;
                    Add(V4TokenKind.NewLine, start);
                    break;
                case '\\':
                    LexBackslash(start);
                    break;
                case '/' when Peek(1) == '/':
                    while (!AtEnd() && _text[_pos] != '\n' && !(_text[_pos] == '\r' && Peek(1) == '\n')) _pos++;
                    break;
                case '"':
                    LexString(start);
                    break;
                case '(':
                    LexTag(start);
                    break;
                case ':':
                    _pos++;
                    if (Peek() == '=') { _pos++; Add(V4TokenKind.Assign, start); }
                    else Add(V4TokenKind.Colon, start);
                    break;
                case '-' when char.IsAsciiDigit(Peek(1)) && Peek(1) != '0':
                    LexNumber(start);
                    break;
                case '-': Single(V4TokenKind.Minus); break;
                case '=': Single(V4TokenKind.Equals); break;
                case '~': Single(V4TokenKind.Tilde); break;
                case '[': Single(V4TokenKind.LeftBracket); break;
                case ']': Single(V4TokenKind.RightBracket); break;
                case ',': Single(V4TokenKind.Comma); break;
                case '!' when Peek(1) is '=' or '~':
                    // ANTLR drops the '!' and keeps the operator: the condition silently means the opposite.
                    Report(V4Diagnostics.NegatedOperator, start, 2, Peek(1).ToString());
                    _pos++;
                    Add(V4TokenKind.Bad, start);
                    break;
                case '?':
                    if (Peek(1) == '=') { Report(V4Diagnostics.AssignIfExists, start, 2); _pos++; Add(V4TokenKind.Bad, start); }
                    else { Report(V4Diagnostics.QuestionMark, start, 1); _pos++; Add(V4TokenKind.Bad, start); }
                    break;
                case '{' or '}':
                    Report(V4Diagnostics.Brace, start, 1, c.ToString());
                    _pos++;
                    Add(V4TokenKind.Bad, start);
                    break;
                case '/':
                    Report(V4Diagnostics.Slash, start, 1);
                    _pos++;
                    Add(V4TokenKind.Bad, start);
                    break;
                default:
                    if (char.IsAsciiDigit(c)) LexNumber(start);
                    else if (char.IsAsciiLetter(c) || c == '_') LexIdentifier(start);
                    else LexUnexpected(start);
                    break;
            }
        }
        _tokens.Add(new V4Token(V4TokenKind.EndOfFile, new TextSpan(_text.Length, 0), null, default));
    }

    private void Single(V4TokenKind kind)
    {
        int start = _pos++;
        Add(kind, start);
    }

    private void LexUnexpected(int start)
    {
        // A surrogate pair is one character to the user.
        int length = char.IsHighSurrogate(_text[start]) && char.IsLowSurrogate(Peek(1)) ? 2 : 1;
        var shown = _text[start] == '\r' ? "carriage return" : _text.Substring(start, length);
        Report(V4Diagnostics.UnexpectedCharacter, start, length, shown);
        _pos += length;
        Add(V4TokenKind.Bad, start);
    }

    private void LexBackslash(int start)
    {
        // A backslash before a line break is white space (the line continues).
        if (Peek(1) == '\n') { _pos += 2; return; }
        if (Peek(1) == '\r' && Peek(2) == '\n') { _pos += 3; return; }
        Report(V4Diagnostics.StrayBackslash, start, 1);
        _pos++;
        Add(V4TokenKind.Bad, start);
    }

    private void LexIdentifier(int start)
    {
        while (!AtEnd() && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        var name = _text[start.._pos];
        var kind = name switch
        {
            "echo" => V4TokenKind.EchoKeyword,
            "new" => V4TokenKind.NewKeyword,
            "describe" => V4TokenKind.DescribeKeyword,
            "hidden" => V4TokenKind.HiddenKeyword,
            "export" => V4TokenKind.ExportKeyword,
            _ => V4TokenKind.Identifier,
        };
        Add(kind, start, name);
    }

    private void LexNumber(int start)
    {
        if (_text[_pos] == '-') _pos++;
        int digitsStart = _pos;
        while (!AtEnd() && char.IsAsciiDigit(_text[_pos])) _pos++;
        bool isFloat = false;
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            isFloat = true;
            _pos++;
            while (!AtEnd() && char.IsAsciiDigit(_text[_pos])) _pos++;
        }
        var text = _text[start.._pos];
        if (isFloat) Report(V4Diagnostics.FloatNumber, start, _pos - start);
        else if (_text[digitsStart] == '0' && _pos - digitsStart > 1) Report(V4Diagnostics.LeadingZero, start, _pos - start);
        else if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            Report(V4Diagnostics.NumberTooLarge, start, _pos - start);
        Add(V4TokenKind.Number, start, text);
    }

    private void LexString(int start)
    {
        _pos++; // opening quote
        var value = new StringBuilder();
        while (true)
        {
            if (AtEnd())
            {
                Report(V4Diagnostics.UnterminatedString, start, 1);
                break;
            }
            char c = _text[_pos];
            if (c == '"') { _pos++; break; }
            if (c != '\\') { value.Append(c); _pos++; continue; }
            int escStart = _pos;
            char e = Peek(1);
            char? translated = e switch
            {
                'b' => '\b', 't' => '\t', 'n' => '\n', 'f' => '\f', 'r' => '\r',
                '"' => '"', '\'' => '\'', '\\' => '\\',
                _ => null,
            };
            if (translated is { } t) { value.Append(t); _pos += 2; continue; }
            if (e == 'u' || e is >= '0' and <= '7')
            {
                // Lexically valid, but DicomEdit 4 refuses the script when it translates the escape.
                int len = 2;
                if (e == 'u') while (len < 6 && char.IsAsciiHexDigit(Peek(len))) len++;
                else while (len < 4 && Peek(len) is >= '0' and <= '7') len++;
                Report(V4Diagnostics.UnsupportedEscape, escStart, len, _text.Substring(escStart + 1, len - 1));
                value.Append(_text, escStart, len);
                _pos += len;
                continue;
            }
            if (AtEnd(1)) { _pos++; continue; } // the unterminated-string report follows
            int shownLength = char.IsHighSurrogate(e) && char.IsLowSurrogate(Peek(2)) ? 2 : 1;
            var shown = e == '\n' || e == '\r' ? "(line break)" : _text.Substring(_pos + 1, shownLength);
            Report(V4Diagnostics.UnknownEscape, escStart, 1 + shownLength, shown);
            value.Append(_text, escStart, 1 + shownLength);
            _pos += 1 + shownLength;
        }
        Add(V4TokenKind.String, start, value.ToString());
    }

    private void LexTag(int start)
    {
        // The well-formed case: '(' 4 digits ',' 4 digits ')' with no spaces.
        if (TryReadTag(_text.AsSpan(start), out var tag, out int length, out bool lowercaseX))
        {
            _pos = start + length;
            if (lowercaseX) Report(V4Diagnostics.LowercaseWildcard, start, length, Canonical(tag));
            Add(tag.HasWildcard ? V4TokenKind.TagPattern : V4TokenKind.Tag, start, null, tag);
            return;
        }
        // Look for the closing parenthesis on this line to say what is wrong with the whole tag.
        int close = -1;
        for (int i = start + 1; i < _text.Length && i - start <= 80 && _text[i] != '\n'; i++)
            if (_text[i] == ')') { close = i; break; }
        if (close < 0)
        {
            Report(V4Diagnostics.MalformedTag, start, 1);
            // Skip what belongs to the broken tag so that its digits do not become more errors.
            _pos = start + 1;
            while (!AtEnd() && (char.IsAsciiHexDigit(_text[_pos]) || _text[_pos] is 'X' or 'x' or '@' or '#' or ',')) _pos++;
            Add(V4TokenKind.Bad, start);
            return;
        }
        var inner = _text.AsSpan(start, close - start + 1);
        int tagLength = close - start + 1;
        _pos = close + 1;
        if (inner.Contains('{'))
        {
            Report(V4Diagnostics.PrivateCreatorTag, start, tagLength);
            Add(V4TokenKind.Bad, start);
            return;
        }
        var squeezed = new string([.. inner.ToString().Where(ch => ch is not (' ' or '\t'))]);
        if (squeezed.Length != inner.Length && TryReadTag(squeezed, out tag, out int l2, out _) && l2 == squeezed.Length)
        {
            Report(V4Diagnostics.SpaceInTag, start, tagLength, Canonical(tag));
            Add(tag.HasWildcard ? V4TokenKind.TagPattern : V4TokenKind.Tag, start, null, tag);
            return;
        }
        Report(V4Diagnostics.MalformedTag, start, tagLength);
        Add(V4TokenKind.Bad, start);
    }

    /// <summary>Reads <c>(pppp,pppp)</c> at the start of <paramref name="s"/>; a lowercase x is accepted (and flagged)
    /// so that the caller can report it and go on with the intended pattern.</summary>
    private static bool TryReadTag(ReadOnlySpan<char> s, out TagPattern tag, out int length, out bool lowercaseX)
    {
        tag = default;
        length = 11;
        lowercaseX = false;
        if (s.Length < 11 || s[0] != '(' || s[5] != ',' || s[10] != ')') return false;
        uint mask = 0, value = 0;
        for (int i = 1; i < 10; i++)
        {
            if (i == 5) continue;
            char c = s[i];
            uint m, v;
            if (char.IsAsciiHexDigit(c)) { m = 0xF; v = (uint)(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10); }
            else if (c == 'X') { m = 0; v = 0; }
            else if (c == 'x') { m = 0; v = 0; lowercaseX = true; }
            else if (c == '@') { m = 1; v = 0; }
            else if (c == '#') { m = 1; v = 1; }
            else return false;
            mask = (mask << 4) | m;
            value = (value << 4) | v;
        }
        tag = new TagPattern(mask, value, null);
        return true;
    }

    private static string Canonical(TagPattern tag) => tag.ToString();
}
