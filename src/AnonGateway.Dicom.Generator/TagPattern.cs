using System.Globalization;

namespace AnonGateway.Dicom.Generator;

/// <summary>A PS3.6 tag such as <c>(0010,0010)</c> or a repeating one such as <c>(60XX,3000)</c>, <c>(0020,31XX)</c>,
/// <c>(1000,XXX0)</c>: the value with every x digit zero and the mask of the bits that must match.</summary>
/// <remarks>An x pair in the low byte of the group (<c>50XX</c>, <c>60XX</c>, <c>7FXX</c>) stands for the even groups
/// 00–1E only (PS3.5 §7.6, "repeating groups"), so its mask is <c>0xE1</c>, not <c>0x00</c>: with <c>0x00</c>
/// an odd, private group such as (6001,0010) — a private creator — would match Overlay Rows. Every other x digit
/// stands for any hex digit.</remarks>
public readonly record struct TagPattern(uint Value, uint Mask)
{
    /// <summary>Whether the pattern has x digits.</summary>
    public bool IsRepeating => Mask != 0xFFFFFFFF;

    /// <summary>Whether <paramref name="tag"/> (<c>0xGGGGEEEE</c>) matches.</summary>
    public bool Matches(uint tag) => (tag & Mask) == Value;

    /// <summary>Parses <c>(gggg,eeee)</c> with hex digits or x/X.</summary>
    public static TagPattern Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (s.Length != 11 || s[0] != '(' || s[5] != ',' || s[10] != ')')
            throw new FormatException($"'{text}' is not a tag of the form (gggg,eeee)");
        var group = ParseHalf(s.AsSpan(1, 4), text, isGroup: true);
        var element = ParseHalf(s.AsSpan(6, 4), text, isGroup: false);
        return new TagPattern((group.Value << 16) | element.Value, (group.Mask << 16) | element.Mask);
    }

    private static (uint Value, uint Mask) ParseHalf(ReadOnlySpan<char> digits, string text, bool isGroup)
    {
        if (isGroup && digits[2] is 'x' or 'X' && digits[3] is 'x' or 'X')
        {
            var high = ParseHalf(digits[..2], text);
            if (high.Mask != 0xFF) throw new FormatException($"'{text}': only the low byte of a group may repeat");
            return (high.Value << 8, 0xFFE1);
        }
        if (isGroup && digits.ContainsAny('x', 'X'))
            throw new FormatException($"'{text}': unsupported repeating-group pattern");
        return ParseHalf(digits, text);
    }

    private static (uint Value, uint Mask) ParseHalf(ReadOnlySpan<char> digits, string text)
    {
        uint value = 0, mask = 0;
        foreach (var c in digits)
        {
            value <<= 4;
            mask <<= 4;
            if (c is 'x' or 'X') continue;
            if (!char.IsAsciiHexDigit(c)) throw new FormatException($"'{text}' has a digit '{c}' that is neither hex nor x");
            value |= uint.Parse(c.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
            mask |= 0xF;
        }
        return (value, mask);
    }
}
