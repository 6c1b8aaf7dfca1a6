using System.Text.RegularExpressions;
using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Runtime.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>What built-in functions may use during one run: the host's context and the script's regexes.</summary>
internal sealed class V4EvaluationContext
{
    private readonly RegexCache _regexes;

    public V4EvaluationContext(ScriptContext host, RegexCache regexes)
    {
        Host = host;
        _regexes = regexes;
    }

    /// <summary>The host's context (variables, echo, URL fetcher, limits, cancellation).</summary>
    public ScriptContext Host { get; }

    /// <summary>The compiled Java regex for <paramref name="pattern"/> (<paramref name="whole"/>: anchored both ends).</summary>
    /// <exception cref="V4FunctionException">The pattern is invalid.</exception>
    public Regex GetRegex(string pattern, bool whole)
    {
        try
        {
            return _regexes.Get(pattern, whole);
        }
        catch (ScriptEvaluationException ex)
        {
            throw new V4FunctionException(ex.Message, V4Diagnostics.RegexFailedCode);
        }
    }

    /// <summary>Runs a match, turning a timeout into a script error.</summary>
    public T RunRegex<T>(Func<T> match)
    {
        try
        {
            return RegexCache.Run(match);
        }
        catch (ScriptEvaluationException ex)
        {
            throw new V4FunctionException(ex.Message, V4Diagnostics.RegexFailedCode);
        }
    }
}
