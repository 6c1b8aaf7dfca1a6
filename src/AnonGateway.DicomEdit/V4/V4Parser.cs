using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>Parses a DicomEdit 4 script (grammar notes §6.2) into a <see cref="V4ScriptSyntax"/>. Never throws on
/// user input: each line is one statement; a line with a syntax error is reported, left out of the tree, and
/// parsing goes on with the next line.</summary>
/// <remarks>A line that already has a lexical error (a dropped character) gets no further syntax errors: the
/// lexer's message says what is wrong, and a second message about the consequences would only be noise.</remarks>
public sealed class V4Parser
{
    /// <summary>The deepest nesting of function calls accepted (a guard against runaway input).</summary>
    public const int MaxNesting = 64;

    private static readonly string[] s_de6Statements = ["version", "if", "elseif", "else", "removeAllPrivateTags"];

    private readonly SourceText _source;
    private readonly IReadOnlyList<V4Token> _tokens;
    private readonly DiagnosticBag _diagnostics;
    private readonly List<ScriptDiagnostic> _pending = [];
    private int _pos;
    private int _lastEnd;
    private bool _failed;
    private bool _sawBadToken;

    private V4Parser(SourceText source, IReadOnlyList<V4Token> tokens, DiagnosticBag diagnostics)
    {
        _source = source;
        _tokens = tokens;
        _diagnostics = diagnostics;
    }

    /// <summary>Lexes and parses <paramref name="source"/>; every problem goes to <paramref name="diagnostics"/>.</summary>
    public static V4ScriptSyntax Parse(SourceText source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var tokens = V4Lexer.Tokenize(source, diagnostics);
        return new V4Parser(source, tokens, diagnostics).ParseScript();
    }

    // ---- token access ----------------------------------------------------------------------------------------

    private V4Token Current
    {
        get
        {
            while (_tokens[_pos].Kind == V4TokenKind.Bad)
            {
                _sawBadToken = true;
                _pos++;
            }
            return _tokens[_pos];
        }
    }

    private V4Token PeekAfterCurrent()
    {
        _ = Current;
        for (int i = _pos + 1; i < _tokens.Count; i++)
            if (_tokens[i].Kind != V4TokenKind.Bad) return _tokens[i];
        return _tokens[^1];
    }

    private V4Token Advance()
    {
        var t = Current;
        if (t.Kind != V4TokenKind.EndOfFile) _pos++;
        _lastEnd = t.Span.End;
        return t;
    }

    /// <summary>Reports a syntax error for the current statement (only its first one is kept).</summary>
    private void Error(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args)
    {
        if (_failed) return;
        _failed = true;
        _pending.Add(descriptor.Create(_source, span, args));
    }

    private void ErrorWithHint(DiagnosticDescriptor descriptor, TextSpan span, string? hint, params object?[] args)
    {
        if (_failed) return;
        _failed = true;
        _pending.Add(descriptor.CreateWithHint(_source, span, hint, args));
    }

    private void ErrorAtCurrent(DiagnosticDescriptor descriptor, params object?[] args) => Error(descriptor, ErrorSpan(Current), args);

    // A missing token at the end of a line is shown where the line ends, not on the next line.
    private TextSpan ErrorSpan(V4Token t) => t.EndsStatement ? new TextSpan(_lastEnd, 0) : t.Span;

    // ---- script and statements -------------------------------------------------------------------------------

    private V4ScriptSyntax ParseScript()
    {
        var statements = new List<V4Statement>();
        while (true)
        {
            _failed = false;
            _sawBadToken = false;
            _pending.Clear();
            while (Current.Kind == V4TokenKind.NewLine) Advance();
            if (Current.Kind == V4TokenKind.EndOfFile) break;

            var statement = ParseStatement();
            if (!_failed && !Current.EndsStatement) ErrorAtCurrent(V4Diagnostics.ExpectedEndOfLine);
            while (!Current.EndsStatement) Advance();

            if (!_sawBadToken) _diagnostics.AddRange(_pending);
            if (statement is not null && !_failed && !_sawBadToken) statements.Add(statement);
        }
        return new V4ScriptSyntax(_source, statements);
    }

    private V4Statement? ParseStatement()
    {
        var first = Current;
        switch (first.Kind)
        {
            case V4TokenKind.Identifier when PeekAfterCurrent().Kind == V4TokenKind.Assign:
                return ParseVariableInitialization();
            case V4TokenKind.Identifier when s_de6Statements.Contains(first.Value, StringComparer.Ordinal):
                ErrorWithHint(V4Diagnostics.DicomEdit6Statement, first.Span, De6Hint(first.Value!), first.Value, "");
                return null;
            case V4TokenKind.DescribeKeyword:
                return ParseDescribe();
            case V4TokenKind.ExportKeyword:
                return ParseExport();
            case V4TokenKind.EchoKeyword or V4TokenKind.Minus:
                return ParseAction();
            case V4TokenKind.Tag or V4TokenKind.TagPattern when PeekAfterCurrent().Kind is V4TokenKind.Assign or V4TokenKind.LeftBracket:
                return ParseAction();
            case V4TokenKind.Tag when !PeekAfterCurrent().EndsStatement && PeekAfterCurrent().Kind is not (V4TokenKind.Equals or V4TokenKind.Tilde):
                Advance();
                ErrorAtCurrent(V4Diagnostics.ExpectedAssignOrCondition);
                return null;
            default:
                if (first.StartsTerm) return ParseConstrained();
                ErrorAtCurrent(V4Diagnostics.ExpectedStatement);
                return null;
        }
    }

    private static string De6Hint(string keyword) => keyword switch
    {
        "version" => "XNAT recognises the DicomEdit 6 version line only at the very start of a line, as the word version, " +
                     "one space and the quoted version (version \"6.6\"); otherwise it runs the script as DicomEdit 4.",
        "removeAllPrivateTags" => "In DicomEdit 4 delete every private attribute with -(XXX#,XXXX).",
        _ => "if-blocks are DicomEdit 6 (6.4 and later); in DicomEdit 4 write condition : action.",
    };

    private V4VariableInitialization ParseVariableInitialization()
    {
        var name = Advance();
        Advance(); // :=
        var value = ParseValue(0);
        return new V4VariableInitialization(TextSpan.FromBounds(name.Span.Start, _lastEnd), name.Value!, name.Span, value);
    }

    private V4Statement? ParseDescribe()
    {
        var keyword = Advance();
        if (Current.Kind != V4TokenKind.Identifier)
        {
            ErrorAtCurrent(V4Diagnostics.MalformedDescribe);
            return null;
        }
        var name = Advance();
        if (Current.Kind == V4TokenKind.String)
        {
            var label = Advance();
            return new V4DescribeStatement(TextSpan.FromBounds(keyword.Span.Start, _lastEnd), name.Value!, name.Span, label.Value, false);
        }
        if (Current.Kind == V4TokenKind.HiddenKeyword)
        {
            Advance();
            return new V4DescribeStatement(TextSpan.FromBounds(keyword.Span.Start, _lastEnd), name.Value!, name.Span, null, true);
        }
        ErrorAtCurrent(V4Diagnostics.MalformedDescribe);
        return null;
    }

    private V4Statement? ParseExport()
    {
        var keyword = Advance();
        if (Current.Kind != V4TokenKind.Identifier)
        {
            ErrorAtCurrent(V4Diagnostics.MalformedExport);
            return null;
        }
        var name = Advance();
        if (Current.Kind != V4TokenKind.String)
        {
            ErrorAtCurrent(V4Diagnostics.MalformedExport);
            return null;
        }
        var field = Advance();
        return new V4ExportStatement(TextSpan.FromBounds(keyword.Span.Start, _lastEnd), name.Value!, name.Span, field.Value!);
    }

    private V4Statement? ParseConstrained()
    {
        int start = Current.Span.Start;
        var conditions = new List<V4Condition>();
        do
        {
            var condition = ParseCondition();
            if (_failed) return null;
            if (Current.Kind != V4TokenKind.Colon)
            {
                ErrorAtCurrent(V4Diagnostics.ExpectedColon);
                return null;
            }
            Advance();
            conditions.Add(condition);
        }
        while (StartsCondition());
        var action = ParseAction();
        if (action is null) return null;
        return new V4ConstrainedStatement(TextSpan.FromBounds(start, _lastEnd), conditions, action);
    }

    // After ':' another condition follows unless an action does (a tag directly followed by ':=' is an action).
    private bool StartsCondition()
    {
        var t = Current;
        if (!t.StartsTerm) return false;
        return PeekAfterCurrent().Kind != V4TokenKind.Assign;
    }

    private V4Condition ParseCondition()
    {
        int start = Current.Span.Start;
        var left = ParseValue(0);
        if (_failed) return new V4Condition(left.Span, left, V4ConditionOperator.Equals, default, left);
        V4ConditionOperator op;
        if (Current.Kind == V4TokenKind.Equals) op = V4ConditionOperator.Equals;
        else if (Current.Kind == V4TokenKind.Tilde) op = V4ConditionOperator.Matches;
        else
        {
            ErrorAtCurrent(V4Diagnostics.ExpectedConditionOperator);
            return new V4Condition(left.Span, left, V4ConditionOperator.Equals, default, left);
        }
        var opToken = Advance();
        var right = ParseValue(0);
        return new V4Condition(TextSpan.FromBounds(start, _lastEnd), left, op, opToken.Span, right);
    }

    private V4Action? ParseAction()
    {
        var t = Current;
        switch (t.Kind)
        {
            case V4TokenKind.Tag or V4TokenKind.TagPattern:
                return ParseTagAction();
            case V4TokenKind.Minus:
                return ParseDeletion();
            case V4TokenKind.EchoKeyword:
            {
                var keyword = Advance();
                V4Expression? value = Current.EndsStatement ? null : ParseValue(0);
                return new V4EchoStatement(TextSpan.FromBounds(keyword.Span.Start, _lastEnd), value);
            }
            case V4TokenKind.Identifier when PeekAfterCurrent().Kind == V4TokenKind.Assign:
                ErrorWithHint(V4Diagnostics.NotAnAction, t.Span,
                    "A variable is initialised once, unconditionally, on its own line (name := value).");
                return null;
            case V4TokenKind.DescribeKeyword or V4TokenKind.ExportKeyword:
                ErrorWithHint(V4Diagnostics.NotAnAction, t.Span, "describe and export stand on their own line.");
                return null;
            default:
                ErrorAtCurrent(V4Diagnostics.NotAnAction);
                return null;
        }
    }

    private V4TagTarget ReadTarget()
    {
        var t = Advance();
        if (Current.Kind == V4TokenKind.LeftBracket) Error(V4Diagnostics.SequencePath, Current.Span);
        return new V4TagTarget(t.Span, t.Tag);
    }

    private V4Action? ParseTagAction()
    {
        int start = Current.Span.Start;
        var target = ReadTarget();
        if (_failed) return null;
        if (Current.Kind != V4TokenKind.Assign)
        {
            ErrorAtCurrent(V4Diagnostics.ExpectedAssignOrCondition);
            return null;
        }
        Advance();
        if (Current.Kind == V4TokenKind.NewKeyword)
        {
            var keyword = Advance();
            if (target.IsPattern)
            {
                Error(V4Diagnostics.GeneratorOnPattern, TextSpan.FromBounds(start, keyword.Span.End));
                return null;
            }
            if (Current.Kind != V4TokenKind.Identifier)
            {
                ErrorAtCurrent(V4Diagnostics.ExpectedGeneratorName);
                return null;
            }
            var generator = Advance();
            IReadOnlyList<V4Expression> arguments = [];
            if (Current.Kind == V4TokenKind.LeftBracket) arguments = ParseArgumentList(generator.Value!, 1);
            if (_failed) return null;
            return new V4GeneratorStatement(TextSpan.FromBounds(start, _lastEnd), target, generator.Value!, generator.Span, arguments);
        }
        var value = ParseValue(0);
        if (_failed) return null;
        return new V4AssignmentStatement(TextSpan.FromBounds(start, _lastEnd), target, value);
    }

    private V4Action? ParseDeletion()
    {
        var minus = Advance();
        if (Current.Kind is not (V4TokenKind.Tag or V4TokenKind.TagPattern))
        {
            ErrorAtCurrent(V4Diagnostics.ExpectedDeletionTarget);
            return null;
        }
        var target = ReadTarget();
        if (_failed) return null;
        return new V4DeletionStatement(TextSpan.FromBounds(minus.Span.Start, _lastEnd), target);
    }

    // ---- values ----------------------------------------------------------------------------------------------

    private V4Expression ParseValue(int depth)
    {
        if (Current.Kind != V4TokenKind.String) return ParseTerm(depth);
        var s = Advance();
        var literal = new V4StringLiteral(s.Span, s.Value!);
        if (!Current.StartsTerm) return literal;
        // "pattern" t1, t2 … is format["pattern", t1, t2 …].
        var arguments = new List<V4Expression>();
        while (true)
        {
            arguments.Add(ParseTerm(depth));
            if (_failed || Current.Kind != V4TokenKind.Comma) break;
            Advance();
        }
        return new V4FormatShorthand(TextSpan.FromBounds(s.Span.Start, _lastEnd), literal, arguments);
    }

    private V4Expression ParseTerm(int depth)
    {
        var t = Current;
        if (depth > MaxNesting)
        {
            Error(V4Diagnostics.NestingTooDeep, ErrorSpan(t), MaxNesting);
            return new V4MissingExpression(new TextSpan(t.Span.Start, 0));
        }
        switch (t.Kind)
        {
            case V4TokenKind.String:
                Advance();
                return new V4StringLiteral(t.Span, t.Value!);
            case V4TokenKind.Number:
                Advance();
                return new V4NumberLiteral(t.Span, t.Value!);
            case V4TokenKind.Tag:
                Advance();
                if (Current.Kind == V4TokenKind.LeftBracket) Error(V4Diagnostics.SequencePath, Current.Span);
                return new V4TagReference(t.Span, new DicomTag(t.Tag.Value));
            case V4TokenKind.TagPattern:
                Advance();
                Error(V4Diagnostics.PatternAsValue, t.Span);
                return new V4MissingExpression(new TextSpan(t.Span.Start, 0));
            case V4TokenKind.Identifier:
            {
                Advance();
                if (Current.Kind != V4TokenKind.LeftBracket) return new V4VariableReference(t.Span, t.Value!);
                var arguments = ParseArgumentList(t.Value!, depth + 1);
                return new V4FunctionCall(TextSpan.FromBounds(t.Span.Start, _lastEnd), t.Value!, t.Span, arguments);
            }
            default:
                ErrorAtCurrent(V4Diagnostics.ExpectedValue);
                return new V4MissingExpression(new TextSpan(ErrorSpan(t).Start, 0));
        }
    }

    private List<V4Expression> ParseArgumentList(string name, int depth)
    {
        var open = Advance(); // [
        var arguments = new List<V4Expression>();
        if (Current.Kind == V4TokenKind.RightBracket)
        {
            Error(V4Diagnostics.EmptyArgumentList, TextSpan.FromBounds(open.Span.Start, Current.Span.End));
            Advance();
            return arguments;
        }
        while (true)
        {
            arguments.Add(ParseTerm(depth));
            if (_failed) return arguments;
            if (Current.Kind == V4TokenKind.Comma) { Advance(); continue; }
            if (Current.Kind == V4TokenKind.RightBracket) { Advance(); return arguments; }
            ErrorAtCurrent(V4Diagnostics.ExpectedArgumentListEnd, name);
            return arguments;
        }
    }
}
