namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>The four condition operators of DicomEdit 6 (spec §8).</summary>
public enum ComparisonOperator
{
    /// <summary><c>=</c>: exact, case-sensitive string equality; an absent left side is false.</summary>
    Equals,

    /// <summary><c>!=</c>: not equal; an absent left side is true.</summary>
    NotEquals,

    /// <summary><c>~</c>: the left side fully matches the regular expression on the right.</summary>
    Matches,

    /// <summary><c>!~</c>: the left side does not fully match; an absent left side is true.</summary>
    NotMatches,
}
