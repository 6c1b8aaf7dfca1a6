using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

public sealed partial class Parser
{
    private void ParseStatementInto(List<StatementSyntax> statements, bool inBlock)
    {
        bool outerError = _statementError;
        _statementError = false;
        int startIndex = _index;
        if (At(TokenKind.CloseBrace) && !inBlock)
        {
            _diagnostics.Report(DiagnosticDescriptors.UnexpectedCloseBrace, _source, Current.Span);
            Next();
            _statementError = outerError;
            return;
        }
        var statement = ParseStatement();
        if (statement is not null) statements.Add(statement);
        if (!_fatal)
        {
            // 6.4+ allows several statements on one line; anything else after a statement is an error.
            if (!_statementError && !AtLineEnd && !(inBlock && At(TokenKind.CloseBrace)) && !CanStartStatement(Current.Kind))
                Error(DiagnosticDescriptors.StatementsNeedSeparator, Current.Span, Describe(Current));
            if (_statementError) SkipToLineEnd(inBlock);
            if (_index == startIndex) Next();
        }
        _statementError = outerError;
    }

    private StatementSyntax? ParseStatement()
    {
        if (Current.IsKeyword && Peek(1).Kind == TokenKind.Assign)
        {
            Error(DiagnosticDescriptors.ReservedWord, Current.Span, Current.Text);
            return null;
        }
        switch (Current.Kind)
        {
            case TokenKind.IfKeyword: return ParseIf();
            case TokenKind.DescribeKeyword: return ParseDescribe();
            case TokenKind.ExportKeyword: return ParseExport();
            case TokenKind.VersionKeyword: return ParseVersion();
            case TokenKind.RemoveAllPrivateTagsKeyword:
            {
                var t = Next();
                if (At(TokenKind.OpenBracket))
                {
                    var open = Next();
                    var end = At(TokenKind.CloseBracket) ? Next().Span : open.Span;
                    Error(DiagnosticDescriptors.RemoveAllPrivateTagsWithBrackets, TextSpan.FromBounds(open.Span.Start, end.End));
                }
                return new RemoveAllPrivateTagsStatementSyntax(t.Span);
            }
            case TokenKind.ElseKeyword or TokenKind.ElseIfKeyword:
                ErrorWithHint(DiagnosticDescriptors.UnexpectedToken, Current.Span,
                    "else and elseif follow the closing '}' of an if block", Describe(Current), "a statement");
                return null;
            default:
                return ParseActionOrConditional(allowConditional: true);
        }
    }

    private StatementSyntax? ParseActionOrConditional(bool allowConditional)
    {
        var start = Current;
        switch (start.Kind)
        {
            case TokenKind.Minus: return ParseDeletion();
            case TokenKind.EchoKeyword: return ParseEcho();
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.Assign: return ParseVariableInitialization();
            case TokenKind.Identifier when Peek(1).Kind == TokenKind.OpenBracket:
            {
                var call = ParseFunctionCall();
                if (allowConditional && At(TokenKind.Question)) return ParseConditionalRest(new FunctionConditionSyntax(call));
                if (allowConditional && IsComparison(Current.Kind)) return ParseComparisonStatement(call);
                return new FunctionCallStatementSyntax(call);
            }
            case TokenKind.PublicGroup or TokenKind.PrivateGroup or TokenKind.LevelWildcard:
            {
                var path = ParseTagPath("at the start of the statement");
                if (_statementError) return null;
                if (At(TokenKind.Assign))
                {
                    var op = Next();
                    var value = ParseValue("after ':='");
                    return new AssignmentStatementSyntax(path, op.Span, value, SpanFrom(start.Span));
                }
                if (At(TokenKind.AssignIfExists))
                {
                    var op = Next();
                    var value = ParseValue("after '?='");
                    return new AssignIfExistsStatementSyntax(path, op.Span, value, SpanFrom(start.Span));
                }
                if (allowConditional && IsComparison(Current.Kind)) return ParseComparisonStatement(path);
                if (At(TokenKind.EqualsOperator))
                {
                    var op = Next();
                    var value = ParseValue("after '='");
                    Error(DiagnosticDescriptors.EqualsInsteadOfAssign, op.Span, TargetDescription(path), Show(path), Show(value));
                    return new AssignmentStatementSyntax(path, op.Span, value, SpanFrom(start.Span));
                }
                Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "':=' or '?='", Describe(Current), "after " + TargetDescription(path));
                return null;
            }
            case TokenKind.OpenParen:
                DiagnoseMalformedTag(start);
                return null;
            case TokenKind.HexDigitWildcard:
                Error(DiagnosticDescriptors.HexWildcardAsName, start.Span, start.Text);
                return null;
            case TokenKind.Identifier or TokenKind.String or TokenKind.Integer or TokenKind.Float or TokenKind.OpenBrace when allowConditional:
            {
                var left = ParseValue("");
                if (_statementError) return null;
                return ParseComparisonStatement(left);
            }
            case TokenKind.IfKeyword or TokenKind.RemoveAllPrivateTagsKeyword or TokenKind.DescribeKeyword
                or TokenKind.ExportKeyword or TokenKind.VersionKeyword when !allowConditional:
                Error(DiagnosticDescriptors.NotAnAction, start.Span, Describe(start));
                return null;
            default:
                if (!allowConditional)
                    Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "an action (assignment, deletion, function call or echo)", Describe(start), "here");
                else
                    Error(DiagnosticDescriptors.ExpectedStatement, start.Span, Describe(start));
                return null;
        }
    }

    private static string TargetDescription(ValueSyntax target) => target switch
    {
        TagPathSyntax { Steps.Count: 1, Steps: [ElementStepSyntax { Item: null }] } p => "the tag " + p,
        TagPathSyntax p => "the tag path " + p,
        VariableReferenceSyntax v => "the variable " + v.Name,
        _ => "the value",
    };

    private StatementSyntax? ParseComparisonStatement(ValueSyntax left)
    {
        if (!IsComparison(Current.Kind))
        {
            if (left is VariableReferenceSyntax && AtLineEnd)
                ErrorWithHint(DiagnosticDescriptors.UnexpectedToken, MissingSpan(),
                    "a variable is set with name := value", Describe(Current), "':=' or a comparison operator (=, !=, ~, !~) after " + left);
            else
                Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "a comparison operator (=, !=, ~ or !~)", Describe(Current), "after " + Show(left));
            return null;
        }
        var op = Next();
        var right = ParseValue($"after '{op.Text}'");
        if (_statementError) return null;
        var condition = new ComparisonConditionSyntax(left, OperatorOf(op.Kind), op.Span, right, SpanFrom(left.Span));
        if (At(TokenKind.Question)) return ParseConditionalRest(condition);
        if (op.Kind == TokenKind.EqualsOperator && left is TagPathSyntax or VariableReferenceSyntax)
        {
            Error(DiagnosticDescriptors.EqualsInsteadOfAssign, op.Span, TargetDescription(left), Show(left), Show(right));
            return left is TagPathSyntax path
                ? new AssignmentStatementSyntax(path, op.Span, right, SpanFrom(left.Span))
                : new VariableInitializationStatementSyntax(((VariableReferenceSyntax)left).Name, left.Span, op.Span, right, SpanFrom(left.Span));
        }
        string? hint = At(TokenKind.Colon)
            ? "DicomEdit 4's 'condition : action' is written 'condition ? action' in DicomEdit 6"
            : "a condition is used as: condition ? action  or  condition ? action : otherAction";
        ErrorWithHint(DiagnosticDescriptors.ExpectedQuestionAfterCondition, MissingSpan(), hint, Describe(Current));
        return null;
    }

    private static ComparisonOperator OperatorOf(TokenKind kind) => kind switch
    {
        TokenKind.EqualsOperator => ComparisonOperator.Equals,
        TokenKind.NotEqualsOperator => ComparisonOperator.NotEquals,
        TokenKind.MatchesOperator => ComparisonOperator.Matches,
        _ => ComparisonOperator.NotMatches,
    };

    private StatementSyntax? ParseConditionalRest(ConditionSyntax condition)
    {
        Next(); // '?'
        var whenTrue = ParseAction("after '?'");
        if (whenTrue is null) return null;
        StatementSyntax? whenFalse = null;
        if (At(TokenKind.Colon))
        {
            Next();
            whenFalse = ParseAction("after ':'");
            if (whenFalse is null) return null;
        }
        return new ConditionalStatementSyntax(condition, whenTrue, whenFalse, SpanFrom(condition.Span));
    }

    private StatementSyntax? ParseAction(string context)
    {
        if (AtLineEnd)
        {
            Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "an action (assignment, deletion, function call or echo)", Describe(Current), context);
            return null;
        }
        return ParseActionOrConditional(allowConditional: false);
    }

    private DeletionStatementSyntax? ParseDeletion()
    {
        var minus = Next();
        if (At(TokenKind.OpenParen)) { DiagnoseMalformedTag(Current); return null; }
        if (!At(TokenKind.PublicGroup) && !At(TokenKind.PrivateGroup) && !At(TokenKind.LevelWildcard))
        {
            Error(DiagnosticDescriptors.ExpectedTagPath, MissingSpan(), Describe(Current), "after '-'");
            return null;
        }
        var path = ParseTagPath("after '-'");
        return _statementError ? null : new DeletionStatementSyntax(path, SpanFrom(minus.Span));
    }

    private EchoStatementSyntax ParseEcho()
    {
        var echo = Next();
        var value = CanStartValue(Current.Kind) ? ParseValue("after echo") : null;
        return new EchoStatementSyntax(value, SpanFrom(echo.Span));
    }

    private VariableInitializationStatementSyntax ParseVariableInitialization()
    {
        var name = Next();
        var op = Next();
        var value = ParseValue("after ':='");
        return new VariableInitializationStatementSyntax(name.Text, name.Span, op.Span, value, SpanFrom(name.Span));
    }

    private VersionStatementSyntax? ParseVersion()
    {
        var keyword = Next();
        if (!At(TokenKind.String))
        {
            Error(DiagnosticDescriptors.VersionNeedsString, MissingSpan());
            return null;
        }
        var version = ParseStringLiteral();
        return new VersionStatementSyntax(version, SpanFrom(keyword.Span));
    }

    private bool ExpectName(string context, out Token name)
    {
        name = Current;
        if (At(TokenKind.Identifier)) { Next(); return true; }
        if (Current.IsKeyword) Error(DiagnosticDescriptors.ReservedWord, Current.Span, Current.Text);
        else if (At(TokenKind.HexDigitWildcard)) Error(DiagnosticDescriptors.HexWildcardAsName, Current.Span, Current.Text);
        else Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "a variable name", Describe(Current), context);
        return false;
    }

    private DescribeStatementSyntax? ParseDescribe()
    {
        var keyword = Next();
        if (!ExpectName("after describe", out var name)) return null;
        DescribeKind kind;
        StringLiteralSyntax? label = null;
        switch (Current.Kind)
        {
            case TokenKind.String: kind = DescribeKind.Label; label = ParseStringLiteral(); break;
            case TokenKind.HiddenKeyword: kind = DescribeKind.Hidden; Next(); break;
            case TokenKind.ConstKeyword: kind = DescribeKind.Const; Next(); break;
            case TokenKind.ImmutableKeyword: kind = DescribeKind.Immutable; Next(); break;
            default:
                Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "a label in double quotes, hidden, const or immutable", Describe(Current), "after describe " + name.Text);
                return null;
        }
        return new DescribeStatementSyntax(name.Text, name.Span, kind, label, SpanFrom(keyword.Span));
    }

    private ExportStatementSyntax? ParseExport()
    {
        var keyword = Next();
        if (!ExpectName("after export", out var name)) return null;
        if (!At(TokenKind.String))
        {
            Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "the export field name in double quotes", Describe(Current), "after export " + name.Text);
            return null;
        }
        var field = ParseStringLiteral();
        return new ExportStatementSyntax(name.Text, name.Span, field, SpanFrom(keyword.Span));
    }

    private IfStatementSyntax? ParseIf()
    {
        var branches = new List<IfBranchSyntax>();
        // A branch whose header is broken still has its block read, so the block's own statements are checked and
        // its '}' does not look stray; the statement as a whole is then dropped.
        bool failed = false;
        var first = ParseIfBranch(Next(), isElseIf: false);
        if (first is null) failed = true;
        else branches.Add(first);
        BlockSyntax? elseBlock = null;
        while (!_fatal)
        {
            int save = _index;
            SkipNewLines();
            if (At(TokenKind.ElseIfKeyword))
            {
                var branch = ParseIfBranch(Next(), isElseIf: true);
                if (branch is null) failed = true;
                else branches.Add(branch);
                continue;
            }
            if (At(TokenKind.ElseKeyword))
            {
                var elseToken = Next();
                SkipNewLines();
                if (At(TokenKind.IfKeyword))
                {
                    Error(DiagnosticDescriptors.ElseIfTwoWords, TextSpan.FromBounds(elseToken.Span.Start, Current.Span.End));
                    ParseIfBranch(Next(), isElseIf: true);
                    failed = true;
                    continue;
                }
                elseBlock = ParseBlock("after else");
                if (elseBlock is null) failed = true;
                break;
            }
            _index = save;
            break;
        }
        if (failed || branches.Count == 0) return null;
        return new IfStatementSyntax(branches, elseBlock, SpanFrom(branches[0].Span));
    }

    private IfBranchSyntax? ParseIfBranch(Token keyword, bool isElseIf)
    {
        bool parenthesized = false;
        if (At(TokenKind.OpenParen))
        {
            Next();
            parenthesized = true;
        }
        else if ((At(TokenKind.PublicGroup) || At(TokenKind.PrivateGroup)) && Peek(1).Kind != TokenKind.Comma)
        {
            // "if (face = ..." — '(' and four hex-like letters lex as a tag group, as in XNAT.
            Error(DiagnosticDescriptors.GroupTokenInsteadOfParen, Current.Span, Current.Text, Current.Text[1..]);
            return RecoverBranchBlock();
        }
        else
        {
            Error(DiagnosticDescriptors.IfConditionNeedsParentheses, MissingSpan());
            return RecoverBranchBlock();
        }
        var condition = ParseCondition();
        if (condition is null) return RecoverBranchBlock();
        if (parenthesized)
        {
            if (!At(TokenKind.CloseParen))
            {
                Error(DiagnosticDescriptors.ExpectedToken, MissingSpan(), "')'", Describe(Current), "after the condition");
                return RecoverBranchBlock();
            }
            Next();
        }
        SkipNewLines();
        var block = ParseBlock(isElseIf ? "after elseif (…)" : "after if (…)");
        if (block is null) return null;
        return new IfBranchSyntax(keyword.Span, isElseIf, condition, block, SpanFrom(keyword.Span));
    }

    private IfBranchSyntax? RecoverBranchBlock()
    {
        while (!AtLineEnd && !At(TokenKind.OpenBrace)) Next();
        if (At(TokenKind.OpenBrace)) ParseBlock("");
        return null;
    }

    private ConditionSyntax? ParseCondition()
    {
        if (At(TokenKind.Identifier) && Peek(1).Kind == TokenKind.OpenBracket)
        {
            var call = ParseFunctionCall();
            if (_statementError) return null;
            if (!IsComparison(Current.Kind)) return new FunctionConditionSyntax(call);
            return ParseComparisonRest(call);
        }
        var left = ParseValue("in the condition");
        if (_statementError) return null;
        if (!IsComparison(Current.Kind))
        {
            string? hint = At(TokenKind.Assign) ? "':=' assigns; a condition compares with =, !=, ~ or !~" : null;
            ErrorWithHint(DiagnosticDescriptors.ExpectedToken, MissingSpan(), hint, "a comparison operator (=, !=, ~ or !~)", Describe(Current), "after " + Show(left));
            return null;
        }
        return ParseComparisonRest(left);
    }

    private ComparisonConditionSyntax? ParseComparisonRest(ValueSyntax left)
    {
        var op = Next();
        var right = ParseValue($"after '{op.Text}'");
        if (_statementError) return null;
        return new ComparisonConditionSyntax(left, OperatorOf(op.Kind), op.Span, right, SpanFrom(left.Span));
    }

    private BlockSyntax? ParseBlock(string context)
    {
        if (!At(TokenKind.OpenBrace))
        {
            Error(DiagnosticDescriptors.ExpectedBlock, MissingSpan(), Describe(Current), context);
            return null;
        }
        var open = Next();
        if (!EnterDepth()) return null;
        var statements = new List<StatementSyntax>();
        bool closed = false;
        while (!_fatal)
        {
            SkipNewLines();
            if (At(TokenKind.CloseBrace)) { Next(); closed = true; break; }
            if (At(TokenKind.EndOfFile))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnterminatedBlock, _source, open.Span);
                break;
            }
            ParseStatementInto(statements, inBlock: true);
        }
        LeaveDepth();
        if (!closed) _statementError = true; // already reported; keep the rest of the line out
        return new BlockSyntax(statements, SpanFrom(open.Span));
    }
}
