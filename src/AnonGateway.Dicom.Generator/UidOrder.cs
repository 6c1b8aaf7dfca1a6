using System.Globalization;

namespace AnonGateway.Dicom.Generator;

/// <summary>Orders UIDs component by component numerically (1.2.10 after 1.2.9), so generated tables read like the standard's.</summary>
public sealed class UidOrder : IComparer<string>
{
    public static UidOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var a = x.Split('.');
        var b = y.Split('.');
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            int c = a[i].Length != b[i].Length && IsNumber(a[i]) && IsNumber(b[i])
                ? a[i].Length.CompareTo(b[i].Length)
                : string.CompareOrdinal(a[i], b[i]);
            if (c != 0) return c;
        }
        return a.Length.CompareTo(b.Length);
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit) && ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _);
}
