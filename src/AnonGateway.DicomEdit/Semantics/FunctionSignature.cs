namespace AnonGateway.DicomEdit.Semantics;

/// <summary>What the checker knows about a built-in DicomEdit 6 function (spec §9.1).</summary>
/// <param name="Name">The registered name (case-sensitive).</param>
/// <param name="MinArguments">Fewest arguments accepted.</param>
/// <param name="MaxArguments">Most arguments accepted; null for any number.</param>
/// <param name="Since">The DicomEdit 6 minor version that introduced it (e.g. <c>6.3</c>).</param>
/// <param name="Usage">The call as the user should write it, e.g. <c>substring[value, begin, end]</c>.</param>
public sealed record FunctionSignature(string Name, int MinArguments, int? MaxArguments, string Since, string Usage)
{
    /// <summary>Whether <paramref name="count"/> arguments are accepted.</summary>
    public bool Accepts(int count) => count >= MinArguments && (MaxArguments is null || count <= MaxArguments);

    /// <summary>"exactly 3 arguments", "1 or 2 arguments", "at least 2 arguments", "no arguments".</summary>
    public string DescribeArity()
    {
        static string Args(int n) => n == 1 ? "1 argument" : $"{n} arguments";
        if (MaxArguments == MinArguments) return MinArguments == 0 ? "no arguments" : "exactly " + Args(MinArguments);
        if (MaxArguments is null) return "at least " + Args(MinArguments);
        if (MaxArguments == MinArguments + 1) return $"{MinArguments} or {Args(MaxArguments.Value)}";
        return $"{MinArguments} to {Args(MaxArguments.Value)}";
    }
}
