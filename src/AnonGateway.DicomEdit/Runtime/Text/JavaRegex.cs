using System.Text;
using System.Text.RegularExpressions;

namespace AnonGateway.DicomEdit.Runtime.Text;

/// <summary>Translates <c>java.util.regex</c> patterns, which scripts are written for, into .NET ones (spec §14.1),
/// and builds them with a match timeout (scripts are user-supplied).</summary>
public static class JavaRegex
{
    /// <summary>Builds the regex for <paramref name="javaPattern"/>; <paramref name="whole"/> anchors it at both ends
    /// (Java <c>String.matches</c>), otherwise it finds (Java <c>Matcher.find</c>).</summary>
    /// <exception cref="ScriptEvaluationException">The pattern is invalid or uses a Java feature .NET lacks.</exception>
    public static Regex Create(string javaPattern, bool whole, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(javaPattern);
        var translated = Translate(javaPattern);
        try
        {
            return new Regex(whole ? @"\A(?:" + translated + @")\z" : translated, RegexOptions.CultureInvariant, timeout);
        }
        catch (ArgumentException ex)
        {
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidRegex, "the regular expression is not valid: " + ex.Message);
        }
    }

    /// <summary>The .NET form of a Java pattern: POSIX-style <c>\p{…}</c> classes, <c>\Q…\E</c> quoting, <c>\h</c>;
    /// possessive quantifiers and class intersection are refused with a clear error.</summary>
    public static string Translate(string p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var sb = new StringBuilder(p.Length + 8);
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\' && i + 1 < p.Length)
            {
                char n = p[i + 1];
                if (n == 'Q')
                {
                    int end = p.IndexOf(@"\E", i + 2, StringComparison.Ordinal);
                    var quoted = end < 0 ? p[(i + 2)..] : p[(i + 2)..end];
                    sb.Append(Regex.Escape(quoted));
                    i = end < 0 ? p.Length : end + 1;
                    continue;
                }
                if (n == 'h') { sb.Append(@"[ \t\u00A0\u1680\u180E\u2000-\u200A\u202F\u205F\u3000]"); i++; continue; }
                if (n == 'R') { sb.Append(@"(?:\r\n|[\n\u000B\f\r\u0085\u2028\u2029])"); i++; continue; }
                if ((n == 'p' || n == 'P') && i + 2 < p.Length && p[i + 2] == '{')
                {
                    int close = p.IndexOf('}', i + 3);
                    if (close > 0)
                    {
                        var name = p[(i + 3)..close];
                        var posix = Posix(name);
                        if (posix is not null)
                        {
                            sb.Append(n == 'p' ? "[" + posix + "]" : "[^" + posix + "]");
                            i = close;
                            continue;
                        }
                        if (name.StartsWith("Is", StringComparison.Ordinal) || name.StartsWith("In", StringComparison.Ordinal))
                        {
                            sb.Append('\\').Append(n).Append('{').Append(name.StartsWith("Is", StringComparison.Ordinal) ? name[2..] : "Is" + name[2..]).Append('}');
                            i = close;
                            continue;
                        }
                    }
                }
                sb.Append(c).Append(n);
                i++;
                continue;
            }
            if ((c is '*' or '+' or '?' or '}') && i + 1 < p.Length && p[i + 1] == '+')
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidRegex,
                    "possessive quantifiers (*+, ++, ?+, {n}+) are not supported here; use an atomic group (?>…) instead");
            if (c == '&' && i + 1 < p.Length && p[i + 1] == '&')
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidRegex,
                    "character class intersection (&&) is not supported here; use class subtraction [a-z-[aeiou]]");
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string? Posix(string name) => name switch
    {
        "Lower" => "a-z",
        "Upper" => "A-Z",
        "ASCII" => @"\x00-\x7F",
        "Alpha" => "a-zA-Z",
        "Digit" => "0-9",
        "Alnum" => "a-zA-Z0-9",
        "Punct" => @"!-/:-@\[-`{-~",
        "Graph" => @"!-~",
        "Print" => @"\x20-\x7E",
        "Blank" => @" \t",
        "Cntrl" => @"\x00-\x1F\x7F",
        "XDigit" => "0-9a-fA-F",
        "Space" => @" \t\n\x0B\f\r",
        "javaLowerCase" => @"\p{Ll}",
        "javaUpperCase" => @"\p{Lu}",
        "javaWhitespace" => @"\s",
        _ => null,
    };
}
