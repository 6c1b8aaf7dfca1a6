using System.Globalization;
using System.Text;

namespace AnonGateway.DicomEdit.Runtime.Text;

/// <summary>Java <c>java.text.MessageFormat</c> expansion as <c>format[…]</c> uses it (spec §9.3): <c>{n}</c> only,
/// apostrophe quoting (<c>''</c> is one apostrophe), a missing index stays <c>{n}</c>, null prints <c>null</c>.</summary>
public static class MessageFormat
{
    /// <summary>Expands <paramref name="pattern"/> with <paramref name="arguments"/>.</summary>
    /// <exception cref="ScriptEvaluationException">Unbalanced braces, a bad index, or a typed placeholder.</exception>
    public static string Format(string pattern, IReadOnlyList<string?> arguments)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(arguments);
        var sb = new StringBuilder(pattern.Length + 16);
        bool quoted = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\'')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '\'') { sb.Append('\''); i++; }
                else quoted = !quoted;
                continue;
            }
            if (quoted || c != '{') { sb.Append(c); continue; }
            // An argument: up to the matching brace (nested braces count, quotes inside are kept).
            int depth = 1, j = i + 1;
            for (; j < pattern.Length && depth > 0; j++)
            {
                if (pattern[j] == '{') depth++;
                else if (pattern[j] == '}') depth--;
            }
            if (depth > 0) throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidFormat, "the format pattern has an unmatched '{' (write '{' in apostrophes for a literal brace)");
            var spec = pattern.AsSpan(i + 1, j - i - 2);
            int comma = spec.IndexOf(',');
            var indexText = (comma >= 0 ? spec[..comma] : spec).Trim();
            if (!int.TryParse(indexText, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidFormat, $"'{{{spec}}}' in the format pattern is not an argument number like {{0}}");
            if (comma >= 0)
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidFormat, $"typed placeholders such as {{{spec}}} are not supported on text values; use {{{index}}}");
            if (index >= arguments.Count) sb.Append('{').Append(index.ToString(CultureInfo.InvariantCulture)).Append('}');
            else sb.Append(arguments[index] ?? "null");
            i = j - 1;
        }
        return sb.ToString();
    }
}
