namespace AnonGateway.DicomEdit.Text;

/// <summary>A range of characters in a <see cref="SourceText"/>: <see cref="Start"/> offset and <see cref="Length"/>.</summary>
/// <remarks>Offsets always refer to the original script text as the user wrote it (before line continuations were
/// joined and comments stripped), so a diagnostic points at the user's real line and column.</remarks>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no characters (a position, e.g. where a missing token belongs).</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The span from <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The smallest span covering both spans.</summary>
    public TextSpan Union(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <summary>Whether <paramref name="offset"/> lies inside this span.</summary>
    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"[{Start}..{End})";
}
