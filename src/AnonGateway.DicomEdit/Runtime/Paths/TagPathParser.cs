using System.Globalization;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>Parses tag paths written as strings: DicomEdit 6 notation (grammar notes §4: creators, digit and level
/// wildcards, <c>[%]</c>) for most functions, and the direct notation of <c>delete[…]</c>/<c>set[…]</c> (§5).</summary>
public static class TagPathParser
{
    /// <summary>Parses DE6 tag path notation; false when <paramref name="text"/> is not a valid path.</summary>
    public static bool TryParse(string text, out TagPath? path)
    {
        ArgumentNullException.ThrowIfNull(text);
        path = null;
        var steps = new List<PathStep>();
        int i = 0;
        SkipSpaces(text, ref i);
        while (true)
        {
            if (i >= text.Length) return false;
            char c = text[i];
            if (c is '*' or '+' or '.')
            {
                steps.Add(new PathStep(c == '*' ? PathStepKind.AnyLevels : c == '+' ? PathStepKind.OneOrMoreLevels : PathStepKind.OneLevel, default, PathStep.NoItem));
                i++;
            }
            else
            {
                if (!TryParseTag(text, ref i, out var pattern)) return false;
                int item = PathStep.NoItem;
                SkipSpaces(text, ref i);
                if (i < text.Length && text[i] == '[')
                {
                    int close = text.IndexOf(']', i);
                    if (close < 0) return false;
                    var inner = text.AsSpan(i + 1, close - i - 1).Trim();
                    if (inner.SequenceEqual("%")) item = PathStep.AnyItem;
                    else if (!int.TryParse(inner, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out item) || item < 0) return false;
                    i = close + 1;
                }
                steps.Add(new PathStep(PathStepKind.Element, pattern, item));
            }
            SkipSpaces(text, ref i);
            if (i >= text.Length) break;
            if (text[i] != '/') return false;
            i++;
            SkipSpaces(text, ref i);
        }
        path = new TagPath(steps, text.Trim());
        return true;
    }

    /// <summary>Parses direct notation <c>(gggg,eeee)[n]/(gggg,eeee)</c>: numeric tags (private ones too), explicit items, no wildcards.</summary>
    public static bool TryParseDirect(string text, out TagPath? path)
    {
        ArgumentNullException.ThrowIfNull(text);
        path = null;
        var steps = new List<PathStep>();
        int i = 0;
        while (true)
        {
            SkipSpaces(text, ref i);
            if (i >= text.Length || text[i] != '(') return false;
            i++;
            SkipSpaces(text, ref i);
            if (!TryHexWord(text, ref i, out var group)) return false;
            SkipSpaces(text, ref i);
            if (i >= text.Length || text[i] != ',') return false;
            i++;
            SkipSpaces(text, ref i);
            if (!TryHexWord(text, ref i, out var element)) return false;
            SkipSpaces(text, ref i);
            if (i >= text.Length || text[i] != ')') return false;
            i++;
            SkipSpaces(text, ref i);
            int item = PathStep.NoItem;
            if (i < text.Length && text[i] == '[')
            {
                int close = text.IndexOf(']', i);
                if (close < 0) return false;
                var inner = text.AsSpan(i + 1, close - i - 1).Trim();
                if (!int.TryParse(inner, NumberStyles.None, CultureInfo.InvariantCulture, out item)) return false;
                i = close + 1;
                SkipSpaces(text, ref i);
            }
            steps.Add(new PathStep(PathStepKind.Element, new TagPattern(0xFFFFFFFF, ((uint)group << 16) | element, null), item));
            if (i >= text.Length) break;
            if (text[i] != '/') return false;
            i++;
        }
        if (steps[^1].Item != PathStep.NoItem) return false;
        path = new TagPath(steps, text.Trim());
        return true;
    }

    /// <summary>Parses one DE6 tag <c>(gggg,eeee)</c> or <c>(gggg,{creator}ee)</c> starting at <paramref name="i"/>.</summary>
    public static bool TryParseTag(string text, ref int i, out TagPattern pattern)
    {
        pattern = default;
        if (i >= text.Length || text[i] != '(') return false;
        i++;
        if (!TryDigits(text, ref i, 4, out uint gMask, out uint gValue)) return false;
        // The 4th group digit decides public/private and may not be X (grammar notes §2).
        if ((gMask & 1) == 0) return false;
        bool odd = (gValue & 1) == 1;
        SkipSpaces(text, ref i);
        if (i >= text.Length || text[i] != ',') return false;
        i++;
        SkipSpaces(text, ref i);
        if (i < text.Length && text[i] == '{')
        {
            if (!odd) return false;
            int close = text.IndexOf('}', i);
            if (close < 0 || close == i + 1) return false;
            var creator = text.Substring(i + 1, close - i - 1);
            i = close + 1;
            if (!TryDigits(text, ref i, 2, out uint eMask, out uint eValue)) return false;
            if (i >= text.Length || text[i] != ')') return false;
            i++;
            pattern = new TagPattern((gMask << 16) | eMask, (gValue << 16) | eValue, creator);
            return true;
        }
        if (odd) return false;
        {
            if (!TryDigits(text, ref i, 4, out uint eMask, out uint eValue)) return false;
            if (i >= text.Length || text[i] != ')') return false;
            i++;
            pattern = new TagPattern((gMask << 16) | eMask, (gValue << 16) | eValue, null);
            return true;
        }
    }

    private static bool TryDigits(string text, ref int i, int count, out uint mask, out uint value)
    {
        mask = 0;
        value = 0;
        if (i + count > text.Length) return false;
        for (int k = 0; k < count; k++)
        {
            char c = text[i + k];
            uint m, v;
            if (c is 'X' or 'x') { m = 0; v = 0; }
            else if (c == '@') { m = 1; v = 0; }
            else if (c == '#') { m = 1; v = 1; }
            else if (char.IsAsciiHexDigit(c)) { m = 0xF; v = (uint)Convert.ToInt32(c.ToString(), 16); }
            else return false;
            mask = (mask << 4) | m;
            value = (value << 4) | v;
        }
        i += count;
        return true;
    }

    private static bool TryHexWord(string text, ref int i, out ushort word)
    {
        word = 0;
        if (i + 4 > text.Length) return false;
        if (!ushort.TryParse(text.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out word)) return false;
        i += 4;
        return true;
    }

    private static void SkipSpaces(string text, ref int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
    }
}
