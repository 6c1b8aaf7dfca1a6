using System.Globalization;

namespace AnonGateway.Dicom.Dictionary;

/// <summary>Value multiplicity of a dictionary entry (PS3.5 §6.4): a minimum, a maximum (or unbounded) and a step for "2-2n".</summary>
public readonly record struct ValueMultiplicity(int Minimum, int Maximum, int Step)
{
    /// <summary>Marks an open upper bound ("n").</summary>
    public const int Unbounded = int.MaxValue;

    public static readonly ValueMultiplicity One = new(1, 1, 1);

    /// <summary>Parses "1", "1-3", "1-n", "2-2n", "3-3n", and "A or B" (PS3.6 writes "1-n or 1" for LUT Data),
    /// which becomes the smallest multiplicity that allows both.</summary>
    public static ValueMultiplicity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses like <see cref="Parse(string)"/>; throws <see cref="FormatException"/> on text that is not a VM.</summary>
    public static ValueMultiplicity Parse(ReadOnlySpan<char> text)
    {
        var s = text.Trim();
        int or = s.IndexOf(" or ", StringComparison.Ordinal);
        if (or >= 0)
        {
            var a = Parse(s[..or]);
            var b = Parse(s[(or + 4)..]);
            return new ValueMultiplicity(Math.Min(a.Minimum, b.Minimum), Math.Max(a.Maximum, b.Maximum), a.Step == b.Step ? a.Step : 1);
        }
        int dash = s.IndexOf('-');
        if (dash < 0)
        {
            int v = ParseCount(s, text);
            return new ValueMultiplicity(v, v, 1);
        }
        int min = ParseCount(s[..dash], text);
        var max = s[(dash + 1)..];
        if (max.EndsWith("n", StringComparison.Ordinal))
        {
            var step = max[..^1];
            return new ValueMultiplicity(min, Unbounded, step.IsEmpty ? 1 : ParseCount(step, text));
        }
        int maximum = ParseCount(max, text);
        if (maximum < min) throw new FormatException($"'{text}' is not a value multiplicity: the maximum is below the minimum");
        return new ValueMultiplicity(min, maximum, 1);
    }

    private static int ParseCount(ReadOnlySpan<char> digits, ReadOnlySpan<char> text) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new FormatException($"'{text}' is not a value multiplicity such as 1, 1-3, 1-n or 2-2n");

    /// <summary>Whether <paramref name="count"/> values satisfy this multiplicity.</summary>
    public bool Allows(int count) => count >= Minimum && count <= Maximum && (Step <= 1 || count % Step == 0);

    public override string ToString() =>
        Maximum == Unbounded ? (Step > 1 ? $"{Minimum}-{Step}n" : $"{Minimum}-n") :
        Minimum == Maximum ? Minimum.ToString(CultureInfo.InvariantCulture) : $"{Minimum}-{Maximum}";
}
