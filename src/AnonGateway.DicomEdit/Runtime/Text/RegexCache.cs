using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace AnonGateway.DicomEdit.Runtime.Text;

/// <summary>Compiled regular expressions of one script, keyed by Java pattern and anchoring. Literal patterns are
/// added when the script is compiled, so running an object builds no regex; patterns computed at run time are
/// cached up to a bound. Thread-safe.</summary>
internal sealed class RegexCache(TimeSpan timeout)
{
    private const int MaxDynamicEntries = 256;
    private readonly ConcurrentDictionary<(string Pattern, bool Whole), Regex> _cache = new();

    /// <summary>The match timeout of every regex.</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>Prepares a literal pattern at compile time; a bad pattern is left for the run (the error then names the statement).</summary>
    public void Prepare(string pattern, bool whole)
    {
        try { Get(pattern, whole); }
        catch (ScriptEvaluationException) { /* reported when the statement runs */ }
    }

    /// <summary>The regex for <paramref name="pattern"/>.</summary>
    public Regex Get(string pattern, bool whole)
    {
        if (_cache.TryGetValue((pattern, whole), out var regex)) return regex;
        regex = JavaRegex.Create(pattern, whole, Timeout);
        if (_cache.Count < MaxDynamicEntries) _cache.TryAdd((pattern, whole), regex);
        return regex;
    }

    /// <summary>Runs <paramref name="match"/>, turning a timeout into a script error.</summary>
    public static T Run<T>(Func<T> match)
    {
        try { return match(); }
        catch (RegexMatchTimeoutException)
        {
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidRegex, "the regular expression took too long on this value (catastrophic backtracking?)");
        }
    }
}
