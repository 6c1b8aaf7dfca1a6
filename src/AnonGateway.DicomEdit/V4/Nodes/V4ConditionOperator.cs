namespace AnonGateway.DicomEdit.V4;

/// <summary>The two DicomEdit 4 comparisons (spec §12.4).</summary>
public enum V4ConditionOperator
{
    /// <summary><c>=</c>: equal strings; two absent values are equal, absent differs from "".</summary>
    Equals,
    /// <summary><c>~</c>: the value matches the whole regular expression; an absent value never matches.</summary>
    Matches,
}
