using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

/// <summary>The text DicomEdit 6's lexer sees (spec §2, grammar notes §1): backslash line continuations joined,
/// end-of-line comments removed, one <c>\n</c> after every line — with a map from each character back to its offset in
/// the original text, so diagnostics point at the user's own line and column.</summary>
public sealed class PreprocessedText
{
    private readonly int[] _map;

    private PreprocessedText(SourceText source, string text, int[] map, IReadOnlyList<int> continuations, IReadOnlyList<TextSpan> swallowed)
    {
        Source = source;
        Text = text;
        _map = map;
        Continuations = continuations;
        SwallowedLines = swallowed;
    }

    /// <summary>The original script.</summary>
    public SourceText Source { get; }

    /// <summary>The lexer's input.</summary>
    public string Text { get; }

    /// <summary>Original offsets of every continuation backslash that joined two lines (a 6.6 feature).</summary>
    public IReadOnlyList<int> Continuations { get; }

    /// <summary>Original spans of lines that were swallowed into a <c>//</c> comment because the comment ended in
    /// a backslash (a quirk XNAT has; worth a warning).</summary>
    public IReadOnlyList<TextSpan> SwallowedLines { get; }

    /// <summary>The original offset of processed offset <paramref name="offset"/> (the end maps to the text end).</summary>
    public int MapOffset(int offset) =>
        offset < 0 ? 0 : offset < _map.Length ? _map[offset] : Source.Length;

    /// <summary>The original span of the processed range [start, end).</summary>
    public TextSpan MapSpan(int start, int end)
    {
        if (end <= start) return new TextSpan(MapOffset(start), 0);
        int s = MapOffset(start);
        int e = MapOffset(end - 1) + 1;
        return TextSpan.FromBounds(s, Math.Max(s, Math.Min(e, Source.Length)));
    }

    /// <summary>Runs the pre-processing over a script.</summary>
    public static PreprocessedText Create(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        string text = source.Text;
        var outText = new System.Text.StringBuilder(text.Length + 16);
        var outMap = new List<int>(text.Length + 16);
        var continuations = new List<int>();
        var swallowed = new List<TextSpan>();
        var lines = SplitLines(text);
        var lineChars = new List<char>();
        var lineMap = new List<int>();
        var joins = new List<(int LogicalIndex, TextSpan Line)>();

        int next = 0;
        while (next < lines.Count)
        {
            lineChars.Clear();
            lineMap.Clear();
            joins.Clear();
            var first = lines[next++];
            Append(text, first, lineChars, lineMap);
            int terminator = first.End;
            // A joined line that still ends in a backslash keeps absorbing the next line; on the last line the
            // backslash is simply dropped.
            while (lineChars.Count > 0 && lineChars[^1] == '\\')
            {
                continuations.Add(lineMap[^1]);
                lineChars.RemoveAt(lineChars.Count - 1);
                lineMap.RemoveAt(lineMap.Count - 1);
                if (next >= lines.Count) break;
                var line = lines[next++];
                joins.Add((lineChars.Count, line));
                Append(text, line, lineChars, lineMap);
                terminator = line.End;
            }

            int cut = FindCommentStart(lineChars);
            if (cut >= 0)
            {
                foreach (var (logicalIndex, line) in joins)
                    if (logicalIndex >= cut) swallowed.Add(line);
                lineChars.RemoveRange(cut, lineChars.Count - cut);
                lineMap.RemoveRange(cut, lineMap.Count - cut);
            }
            foreach (char c in lineChars) outText.Append(c);
            outMap.AddRange(lineMap);
            outText.Append('\n');
            outMap.Add(terminator);
        }
        return new PreprocessedText(source, outText.ToString(), [.. outMap], continuations, swallowed);
    }

    // Lines end at "\n" or "\r\n"; a final line break does not start another (empty) line.
    private static List<TextSpan> SplitLines(string text)
    {
        var lines = new List<TextSpan>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            if (nl < 0) { lines.Add(TextSpan.FromBounds(start, text.Length)); break; }
            int end = nl > start && text[nl - 1] == '\r' ? nl - 1 : nl;
            lines.Add(TextSpan.FromBounds(start, end));
            start = nl + 1;
        }
        return lines;
    }

    private static void Append(string text, TextSpan line, List<char> chars, List<int> map)
    {
        for (int i = line.Start; i < line.End; i++) { chars.Add(text[i]); map.Add(i); }
    }

    // Grammar notes §1 step 2: a character scan (quotes toggle) when some quoted section holds a "//" that is not
    // part of "http://" or "https://"; otherwise the first such "//" anywhere, regardless of quotes.
    private static int FindCommentStart(List<char> line)
    {
        if (QuotedSectionHasComment(line))
        {
            bool inString = false;
            for (int i = 0; i < line.Count; i++)
            {
                char c = line[i];
                if (c == '"') { inString = !inString; continue; }
                if (!inString && c == '/' && i + 1 < line.Count && line[i + 1] == '/' && !(i > 0 && line[i - 1] == ':'))
                    return i;
            }
            return -1;
        }
        for (int i = 0; i + 1 < line.Count; i++)
            if (line[i] == '/' && line[i + 1] == '/' && !AfterUrlScheme(line, i)) return i;
        return -1;
    }

    private static bool QuotedSectionHasComment(List<char> line)
    {
        int open = -1;
        for (int i = 0; i < line.Count; i++)
        {
            if (line[i] != '"') continue;
            if (open < 0) { open = i; continue; }
            for (int j = open + 1; j + 1 < i; j++)
                if (line[j] == '/' && line[j + 1] == '/' && !AfterUrlScheme(line, j)) return true;
            open = -1;
        }
        return false;
    }

    private static bool AfterUrlScheme(List<char> line, int slash) =>
        EndsWith(line, slash, "http:") || EndsWith(line, slash, "https:");

    private static bool EndsWith(List<char> line, int end, string s)
    {
        if (end < s.Length) return false;
        for (int k = 0; k < s.Length; k++)
            if (line[end - s.Length + k] != s[k]) return false;
        return true;
    }
}
