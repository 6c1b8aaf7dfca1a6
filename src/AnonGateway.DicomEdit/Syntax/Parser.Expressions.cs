using System.Globalization;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

public sealed partial class Parser
{
    private ValueSyntax ParseValue(string context)
    {
        if (_fatal) return new MissingValueSyntax(new TextSpan(Current.Span.Start, 0));
        var t = Current;
        switch (t.Kind)
        {
            case TokenKind.String: return ParseStringLiteral();
            case TokenKind.Integer: Next(); return new NumberLiteralSyntax(t.Text, isFloat: false, t.Span);
            case TokenKind.Float: Next(); return new NumberLiteralSyntax(t.Text, isFloat: true, t.Span);
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.OpenBracket: return ParseFunctionCall();
            case TokenKind.Identifier: Next(); return new VariableReferenceSyntax(t.Text, t.Span);
            case TokenKind.PublicGroup or TokenKind.PrivateGroup or TokenKind.LevelWildcard: return ParseTagPath(context);
            case TokenKind.OpenBrace: return ParseList();
            case TokenKind.HexDigitWildcard:
                Error(DiagnosticDescriptors.HexWildcardAsName, t.Span, t.Text);
                Next();
                return new MissingValueSyntax(new TextSpan(t.Span.Start, 0));
            case TokenKind.OpenParen:
                DiagnoseMalformedTag(t);
                return new TagPathSyntax([], new TextSpan(t.Span.Start, 0), isMissing: true);
            case TokenKind.Assign when context.Length > 0:
                ErrorWithHint(DiagnosticDescriptors.ExpectedValue, t.Span, "a condition compares with =, !=, ~ or !~; ':=' assigns", Describe(t), context);
                return new MissingValueSyntax(new TextSpan(t.Span.Start, 0));
            default:
                if (t.IsKeyword)
                {
                    Error(DiagnosticDescriptors.ReservedWord, t.Span, t.Text);
                    Next();
                    return new MissingValueSyntax(new TextSpan(t.Span.Start, 0));
                }
                var span = MissingSpan();
                Error(DiagnosticDescriptors.ExpectedValue, span, Describe(t), context);
                return new MissingValueSyntax(new TextSpan(span.Start, 0));
        }
    }

    private StringLiteralSyntax ParseStringLiteral()
    {
        var t = Next();
        string text = t.Text;
        string raw = text.Length >= 2 && text[^1] == '"' ? text[1..^1] : text[1..];
        return new StringLiteralSyntax(StringLiteralSyntax.Unescape(raw), raw, t.Span);
    }

    private FunctionCallSyntax ParseFunctionCall()
    {
        var name = Next();
        var open = Next(); // '['
        var arguments = new List<ValueSyntax>();
        if (!EnterDepth())
        {
            LeaveDepth();
            return new FunctionCallSyntax(name.Text, name.Span, arguments, SpanFrom(name.Span));
        }
        if (!At(TokenKind.CloseBracket))
        {
            while (!_fatal)
            {
                var argument = ParseValue($"as an argument of {name.Text}[…]");
                arguments.Add(argument);
                if (_statementError) break;
                if (At(TokenKind.Comma)) { Next(); continue; }
                break;
            }
        }
        LeaveDepth();
        if (At(TokenKind.CloseBracket)) Next();
        else if (!_statementError)
        {
            string? hint = AtLineEnd ? "the arguments of a call must be on one line (or end the line with '\\' to continue it, 6.6+)" : null;
            ErrorWithHint(DiagnosticDescriptors.ExpectedToken, MissingSpan(), hint, "',' or ']'", Describe(Current), $"in the arguments of {name.Text}[…]");
        }
        _ = open;
        return new FunctionCallSyntax(name.Text, name.Span, arguments, SpanFrom(name.Span));
    }

    // list ::= '{' NEWLINE? (entry (',' entry)*)? NEWLINE? '}' ; entry ::= NEWLINE? element NEWLINE?
    // i.e. one line break is allowed on each side of an element, one more after '{' and before '}'.
    private ListSyntax ParseList()
    {
        var open = Next();
        var elements = new List<ValueSyntax>();
        if (!EnterDepth())
        {
            LeaveDepth();
            return new ListSyntax(elements, SpanFrom(open.Span));
        }
        CheckListLineBreaks(CollectNewLines(), 2);
        if (At(TokenKind.CloseBrace))
        {
            Next();
            LeaveDepth();
            return new ListSyntax(elements, SpanFrom(open.Span));
        }
        while (!_fatal)
        {
            if (At(TokenKind.EndOfFile))
            {
                if (!_statementError) _diagnostics.Report(DiagnosticDescriptors.UnterminatedList, _source, open.Span);
                _statementError = true;
                break;
            }
            var element = ParseValue("as a list element");
            elements.Add(element);
            if (_statementError) { SkipToListEnd(); break; }
            var breaks = CollectNewLines();
            if (At(TokenKind.Comma))
            {
                CheckListLineBreaks(breaks, 1);
                Next();
                CheckListLineBreaks(CollectNewLines(), 1);
                continue;
            }
            if (At(TokenKind.CloseBrace))
            {
                CheckListLineBreaks(breaks, 2);
                Next();
                break;
            }
            if (At(TokenKind.EndOfFile))
            {
                if (!_statementError) _diagnostics.Report(DiagnosticDescriptors.UnterminatedList, _source, open.Span);
                _statementError = true;
                break;
            }
            Error(DiagnosticDescriptors.ExpectedToken, breaks.Count > 0 ? new TextSpan(breaks[0].Span.Start, 0) : Current.Span,
                "',' or '}'", Describe(Current), "in the list");
            SkipToListEnd();
            break;
        }
        LeaveDepth();
        return new ListSyntax(elements, SpanFrom(open.Span));
    }

    private List<Token> CollectNewLines()
    {
        var list = new List<Token>();
        while (At(TokenKind.NewLine)) list.Add(Next());
        return list;
    }

    private void CheckListLineBreaks(List<Token> breaks, int allowed)
    {
        if (breaks.Count > allowed) Error(DiagnosticDescriptors.BlankLineInList, breaks[allowed].Span);
    }

    // After an error inside a list, resume after its closing brace (lists may span lines).
    private void SkipToListEnd()
    {
        int depth = 0;
        while (!At(TokenKind.EndOfFile))
        {
            if (At(TokenKind.OpenBrace)) depth++;
            else if (At(TokenKind.CloseBrace))
            {
                if (depth == 0) { Next(); return; }
                depth--;
            }
            Next();
        }
    }

    private TagPathSyntax ParseTagPath(string context)
    {
        var start = Current.Span;
        var steps = new List<TagPathStepSyntax>();
        while (!_fatal)
        {
            var t = Current;
            if (t.Kind == TokenKind.LevelWildcard)
            {
                Next();
                var kind = t.Text switch { "*" => LevelWildcardKind.ZeroOrMore, "+" => LevelWildcardKind.OneOrMore, _ => LevelWildcardKind.ExactlyOne };
                steps.Add(new LevelWildcardStepSyntax(kind, t.Span));
            }
            else if (t.Kind is TokenKind.PublicGroup or TokenKind.PrivateGroup)
            {
                var step = ParseElementStep();
                if (step is null) return new TagPathSyntax(steps, SpanFrom(start), isMissing: steps.Count == 0);
                steps.Add(step);
            }
            else if (t.Kind == TokenKind.OpenParen)
            {
                DiagnoseMalformedTag(t);
                return new TagPathSyntax(steps, SpanFrom(start), isMissing: steps.Count == 0);
            }
            else
            {
                Error(DiagnosticDescriptors.ExpectedTagPath, MissingSpan(), Describe(t), steps.Count == 0 ? context : "after '/'");
                return new TagPathSyntax(steps, SpanFrom(start), isMissing: steps.Count == 0);
            }
            if (!At(TokenKind.Slash)) break;
            Next();
        }
        return new TagPathSyntax(steps, SpanFrom(start));
    }

    private ElementStepSyntax? ParseElementStep()
    {
        var group = Current;
        string groupDigits = group.Text[1..];
        if (Peek(1).Kind != TokenKind.Comma)
        {
            if (groupDigits.All(char.IsAsciiLetter))
                Error(DiagnosticDescriptors.GroupTokenInsteadOfParen, group.Span, group.Text, groupDigits);
            else
                DiagnoseMalformedTag(group);
            return null;
        }
        var element = Peek(2);
        TagSyntax tag;
        if (element.Kind == TokenKind.PublicElement)
        {
            Next(); Next(); Next();
            var span = TextSpan.FromBounds(group.Span.Start, element.Span.End);
            string elementDigits = element.Text[..4];
            if (group.Kind == TokenKind.PrivateGroup)
            {
                string text = $"({groupDigits},{elementDigits})";
                Error(DiagnosticDescriptors.PrivateTagWithoutCreator, span, text, groupDigits, elementDigits[2..]);
            }
            tag = new TagSyntax(groupDigits, elementDigits, null, span);
        }
        else if (element.Kind == TokenKind.PrivateElement)
        {
            Next(); Next(); Next();
            var span = TextSpan.FromBounds(group.Span.Start, element.Span.End);
            string e = element.Text; // {creator}ee)
            int close = e.LastIndexOf('}');
            string creator = e[1..close];
            string digits = e[(close + 1)..^1];
            if (group.Kind == TokenKind.PublicGroup)
                Error(DiagnosticDescriptors.CreatorInPublicGroup, span, $"({groupDigits},{e}");
            tag = new TagSyntax(groupDigits, digits, creator, span);
        }
        else
        {
            DiagnoseMalformedTag(group);
            return null;
        }
        ItemSelectorSyntax? item = At(TokenKind.OpenBracket) ? ParseItemSelector() : null;
        var stepSpan = item is null ? tag.Span : TextSpan.FromBounds(tag.Span.Start, item.Span.End);
        return new ElementStepSyntax(tag, item, stepSpan);
    }

    private ItemSelectorSyntax ParseItemSelector()
    {
        var open = Next();
        int? index = null;
        if (At(TokenKind.Integer))
        {
            var t = Next();
            if (int.TryParse(t.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int i)) index = i;
            else Error(DiagnosticDescriptors.InvalidItemNumber, t.Span, Describe(t) + " (too large)");
        }
        else if (At(TokenKind.ItemWildcard)) Next();
        else Error(DiagnosticDescriptors.InvalidItemNumber, MissingSpan(), Describe(Current));
        if (At(TokenKind.CloseBracket)) Next();
        else Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "']'", Describe(Current), "after the item number");
        return new ItemSelectorSyntax(index, SpanFrom(open.Span));
    }

    /// <summary>Explains a tag the lexer could not read as one (wrong digit count, spaces inside, X as the parity
    /// digit, a bad creator) from the user's own text, then skips past it.</summary>
    private void DiagnoseMalformedTag(Token start)
    {
        string text = _source.Text;
        int s = start.Span.Start;
        int lineEnd = _source.GetLineSpan(_source.GetLinePosition(s).Line).End;
        int close = text.IndexOf(')', s, lineEnd - s);
        int end = close >= 0 ? close + 1 : Math.Min(lineEnd, s + Math.Max(start.Span.Length, 1));
        if (close < 0)
        {
            // No ')' on the line: show up to the first blank.
            int i = s + 1;
            while (i < lineEnd && !char.IsWhiteSpace(text[i])) i++;
            end = i;
        }
        var span = TextSpan.FromBounds(s, end);
        string written = text[s..end];
        string inner = written.Length >= 2 && written[^1] == ')' ? written[1..^1] : written[1..];
        int comma = inner.IndexOf(',', StringComparison.Ordinal);
        string groupPart = comma >= 0 ? inner[..comma] : inner;
        string elementPart = comma >= 0 ? inner[(comma + 1)..] : "";

        if (inner.Length > 0 && (char.IsWhiteSpace(inner[0]) || (written[^1] == ')' && char.IsWhiteSpace(inner[^1]))))
            Error(DiagnosticDescriptors.SpaceInsideTag, span, written);
        else if (groupPart.Length == 4 && groupPart.All(Lexer.IsHexish) && groupPart[3] is 'x' or 'X')
            Error(DiagnosticDescriptors.WildcardInGroupParityDigit, span, written);
        else if (elementPart.TrimStart().StartsWith('{'))
        {
            string e = elementPart.TrimStart();
            int brace = e.IndexOf('}', StringComparison.Ordinal);
            Error(DiagnosticDescriptors.InvalidCreator, span, brace > 0 ? e[1..brace] : e[1..]);
        }
        else
            Error(DiagnosticDescriptors.MalformedTag, span, written);

        // Skip the tokens of the attempted tag so recovery resumes after it.
        while (!AtLineEnd && Current.Span.Start < end) Next();
    }
}
