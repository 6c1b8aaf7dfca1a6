namespace AnonGateway.Dicom.Text;

/// <summary>One value of a PN element (PS3.5 §6.2.1): up to three component groups separated by <c>=</c>, the
/// alphabetic, ideographic and phonetic representations of the name, e.g. <c>Yamada^Tarou=山田^太郎=やまだ^たろう</c>.</summary>
/// <remarks>Works on decoded text; the character set matters only when the value is encoded (each group may use other
/// character sets, see <see cref="SpecificCharacterSet"/>). A value with more than three groups keeps the extra ones
/// in <see cref="Phonetic"/> (with their <c>=</c>) so that no text is lost.</remarks>
public sealed record PersonName(PersonNameGroup Alphabetic, PersonNameGroup Ideographic, PersonNameGroup Phonetic)
{
    /// <summary>A name with only an alphabetic group.</summary>
    public PersonName(PersonNameGroup alphabetic) : this(alphabetic, PersonNameGroup.Empty, PersonNameGroup.Empty)
    {
    }

    /// <summary>The empty name.</summary>
    public static PersonName Empty { get; } = new(PersonNameGroup.Empty);

    /// <summary>Whether every group is empty.</summary>
    public bool IsEmpty => Alphabetic.IsEmpty && Ideographic.IsEmpty && Phonetic.IsEmpty;

    /// <summary>Parses one PN value (no <c>\</c>): groups split at <c>=</c>, components at <c>^</c>.</summary>
    public static PersonName Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var groups = value.Split('=', 3);
        PersonNameGroup At(int i) => i < groups.Length ? PersonNameGroup.Parse(groups[i]) : PersonNameGroup.Empty;
        return new PersonName(At(0), At(1), At(2));
    }

    /// <summary>Parses a whole PN element value: one name per value between <c>\</c>.</summary>
    public static IReadOnlyList<PersonName> ParseValues(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0) return [];
        return Array.ConvertAll(text.Split('\\'), Parse);
    }

    /// <summary>Joins several names into one PN element value with <c>\</c>.</summary>
    public static string FormatValues(IEnumerable<PersonName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return string.Join('\\', names.Select(n => n.ToString()));
    }

    /// <summary>The value as written in a PN element, without trailing empty groups and components
    /// (PS3.5 §6.2.1 lets a writer leave them out), e.g. <c>Wang^XiaoDong=王^小东</c>.</summary>
    public override string ToString()
    {
        string[] groups = [Alphabetic.ToString(), Ideographic.ToString(), Phonetic.ToString()];
        int count = groups.Length;
        while (count > 0 && groups[count - 1].Length == 0) count--;
        return string.Join('=', groups, 0, count);
    }
}
