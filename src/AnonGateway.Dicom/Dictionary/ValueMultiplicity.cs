using System.Globalization;

namespace AnonGateway.Dicom.Dictionary;

/// <summary>Value multiplicity of a dictionary entry (PS3.5 §6.4): a minimum, a maximum (or unbounded) and a step for "2-2n".</summary>
public readonly record struct ValueMultiplicity(int Minimum, int Maximum, int Step)
{
    /// <summary>Marks an open upper bound ("n").</summary>
    public const int Unbounded = int.MaxValue;

    public static readonly ValueMultiplicity One = new(1, 1, 1);

    /// <summary>Parses "1", "1-3", "1-n", "2-2n", "3-3n".</summary>
    public static ValueMultiplicity Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        int dash = s.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            int v = int.Parse(s, CultureInfo.InvariantCulture);
            return new ValueMultiplicity(v, v, 1);
        }
        int min = int.Parse(s.AsSpan(0, dash), CultureInfo.InvariantCulture);
        var max = s.AsSpan(dash + 1);
        if (max.EndsWith("n", StringComparison.Ordinal))
        {
            var step = max[..^1];
            return new ValueMultiplicity(min, Unbounded, step.Length == 0 ? 1 : int.Parse(step, CultureInfo.InvariantCulture));
        }
        return new ValueMultiplicity(min, int.Parse(max, CultureInfo.InvariantCulture), 1);
    }

    /// <summary>Whether <paramref name="count"/> values satisfy this multiplicity.</summary>
    public bool Allows(int count) => count >= Minimum && count <= Maximum && (Step <= 1 || count % Step == 0);

    public override string ToString() =>
        Maximum == Unbounded ? (Step > 1 ? $"{Minimum}-{Step}n" : $"{Minimum}-n") :
        Minimum == Maximum ? Minimum.ToString(CultureInfo.InvariantCulture) : $"{Minimum}-{Maximum}";
}
