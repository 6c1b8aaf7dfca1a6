using System.Globalization;
using System.Text.RegularExpressions;

namespace AnonGateway.DicomEdit.Runtime.Dates;

/// <summary>DicomEdit's date/time shifting engine (spec §9.17): parses a DA or DT string, fills missing components
/// with the midpoint of their range, shifts by whole seconds and prints the input's precision back.</summary>
public static partial class DicomDateTimeShifter
{
    [GeneratedRegex(@"\A(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\.\d{1,6})?([+-]\d{4})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    /// <summary>Seconds in one <paramref name="unit"/> (<c>years</c> = 365 days, <c>days</c>, <c>hours</c>,
    /// <c>minutes</c>, <c>seconds</c>; case-insensitive); false for anything else.</summary>
    public static bool TryGetUnitSeconds(string unit, out long seconds)
    {
        ArgumentNullException.ThrowIfNull(unit);
        seconds = unit.ToLowerInvariant() switch
        {
            "years" => 365L * 86400,
            "days" => 86400,
            "hours" => 3600,
            "minutes" => 60,
            "seconds" => 1,
            _ => 0,
        };
        return seconds != 0;
    }

    /// <summary>Shifts <paramref name="value"/> by <paramref name="seconds"/>.</summary>
    /// <exception cref="ScriptEvaluationException">The value is not a DICOM date/time or leaves years 1–9999.</exception>
    public static string Shift(string value, long seconds)
    {
        var parsed = Parse(value);
        DateTime shifted;
        try
        {
            shifted = parsed.Value.AddSeconds(seconds);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidDateTime, "the shifted date/time falls outside the years 0001–9999");
        }
        return Format(shifted, parsed.Components, parsed.Suffix);
    }

    /// <summary>The date/time that <paramref name="value"/> stands for, missing components at their midpoint.</summary>
    public static DateTime ToMidpoint(string value) => Parse(value).Value;

    private static (DateTime Value, int Components, string Suffix) Parse(string value)
    {
        var m = value is null ? null : DateTimePattern().Match(value);
        if (m is null || !m.Success)
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidDateTime,
                "the value is not a DICOM date or date-time (YYYY[MM[DD[HH[MM[SS]]]]][.FFFFFF][+HHMM])");
        int components = 1;
        for (int g = 2; g <= 6; g++) if (m.Groups[g].Success) components = g;
        // Optional groups must be consecutive; the regex guarantees it since each follows the previous.
        int year = Int(m, 1);
        int month = components >= 2 ? Int(m, 2) : 7;
        if (year < 1 || month < 1 || month > 12) throw Invalid();
        int dim = DateTime.DaysInMonth(year, month);
        int day, hour, minute, second;
        if (components >= 3) day = Int(m, 3);
        else if (components == 2) day = dim / 2 + 1;
        else day = 1;
        if (day < 1 || day > dim) throw Invalid();
        if (components >= 4) hour = Int(m, 4);
        else if (components == 3) hour = 12;
        else if (components == 2) hour = dim % 2 == 1 ? 12 : 0;
        else hour = 0;
        if (components >= 5) minute = Int(m, 5);
        else minute = components == 4 ? 30 : 0;
        if (components >= 6) second = Int(m, 6);
        else second = components == 5 ? 30 : 0;
        if (hour > 23 || minute > 59 || second > 60) throw Invalid();
        if (second == 60) second = 59;
        var suffix = m.Groups[7].Value + m.Groups[8].Value;
        return (new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified), components, suffix);
    }

    private static string Format(DateTime t, int components, string suffix)
    {
        var inv = CultureInfo.InvariantCulture;
        var text = components switch
        {
            1 => t.ToString("yyyy", inv),
            2 => t.ToString("yyyyMM", inv),
            3 => t.ToString("yyyyMMdd", inv),
            4 => t.ToString("yyyyMMddHH", inv),
            5 => t.ToString("yyyyMMddHHmm", inv),
            _ => t.ToString("yyyyMMddHHmmss", inv),
        };
        return text + suffix;
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static ScriptEvaluationException Invalid() =>
        new(RuntimeErrorCodes.InvalidDateTime, "the value is not a valid calendar date/time");
}
