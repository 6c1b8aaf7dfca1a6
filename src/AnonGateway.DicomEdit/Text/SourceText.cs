namespace AnonGateway.DicomEdit.Text;

/// <summary>An immutable script text with its file name and a line-start table.</summary>
/// <remarks>Lines end at <c>\n</c> or <c>\r\n</c> (the line splitting DicomEdit applies, spec §2.1). A lone
/// <c>\r</c> is an ordinary character.</remarks>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    private SourceText(string text, string filePath)
    {
        Text = text;
        FilePath = filePath;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The file name diagnostics print (as given: relative paths stay relative).</summary>
    public string FilePath { get; }

    /// <summary>The whole script text, exactly as read.</summary>
    public string Text { get; }

    /// <summary>The number of lines; a text ending in a line break has an empty last line.</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Length of the text in characters.</summary>
    public int Length => Text.Length;

    /// <summary>Creates a source text from a string.</summary>
    public static SourceText From(string text, string filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(filePath);
        return new SourceText(text, filePath);
    }

    /// <summary>Reads a script file as UTF-8 (a byte-order mark is honoured and removed).</summary>
    public static SourceText Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new SourceText(File.ReadAllText(path), path);
    }

    /// <summary>The 0-based line and column of <paramref name="offset"/> (clamped to the text).</summary>
    public LinePosition GetLinePosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new LinePosition(line, offset - _lineStarts[line]);
    }

    /// <summary>The offset where 0-based line <paramref name="line0"/> starts.</summary>
    public int GetLineStart(int line0) => _lineStarts[Math.Clamp(line0, 0, _lineStarts.Length - 1)];

    /// <summary>The span of 0-based line <paramref name="line0"/>, without its line break.</summary>
    public TextSpan GetLineSpan(int line0)
    {
        line0 = Math.Clamp(line0, 0, _lineStarts.Length - 1);
        int start = _lineStarts[line0];
        int end = line0 + 1 < _lineStarts.Length ? _lineStarts[line0 + 1] : Text.Length;
        if (end > start && Text[end - 1] == '\n') end--;
        if (end > start && Text[end - 1] == '\r' && line0 + 1 < _lineStarts.Length) end--;
        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The text of 0-based line <paramref name="line0"/>, without its line break.</summary>
    public string GetLineText(int line0)
    {
        var span = GetLineSpan(line0);
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>The characters covered by <paramref name="span"/> (clamped to the text).</summary>
    public string GetText(TextSpan span)
    {
        int start = Math.Clamp(span.Start, 0, Text.Length);
        int end = Math.Clamp(span.End, start, Text.Length);
        return Text[start..end];
    }

    public override string ToString() => FilePath;

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        return [.. starts];
    }
}
