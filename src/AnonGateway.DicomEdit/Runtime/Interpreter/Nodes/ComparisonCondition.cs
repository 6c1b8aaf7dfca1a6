using AnonGateway.DicomEdit.Runtime.Functions;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>a = b</c>, <c>a != b</c>, <c>a ~ regex</c>, <c>a !~ regex</c> (spec §8): an absent left side makes
/// <c>=</c>/<c>~</c> false and <c>!=</c>/<c>!~</c> true; regexes are Java's, whole-string.</summary>
internal sealed class ComparisonCondition(PreparedExpression left, ComparisonOperator op, PreparedExpression right, TextSpan span) : PreparedCondition(span)
{
    public PreparedExpression Left { get; } = left;
    public ComparisonOperator Operator { get; } = op;
    public PreparedExpression Right { get; } = right;

    public override bool Test(EvaluationContext context)
    {
        var a = Arguments.Text(Left.Evaluate(context), context);
        var b = Arguments.Text(Right.Evaluate(context), context);
        switch (Operator)
        {
            case ComparisonOperator.Equals: return a is not null && b is not null && string.Equals(a, b, StringComparison.Ordinal);
            case ComparisonOperator.NotEquals: return a is null || b is null || !string.Equals(a, b, StringComparison.Ordinal);
            default:
                if (a is null) return Operator == ComparisonOperator.NotMatches;
                if (b is null)
                    throw new ScriptEvaluationException(RuntimeErrorCodes.NullArgument, "the regular expression on the right of the match has no value") { Span = Right.Span };
                try
                {
                    var regex = context.Regexes.Get(b, whole: true);
                    bool matches = RegexCache.Run(() => regex.IsMatch(a));
                    return Operator == ComparisonOperator.Matches ? matches : !matches;
                }
                catch (ScriptEvaluationException ex)
                {
                    ex.Span ??= Right.Span;
                    throw;
                }
        }
    }
}
