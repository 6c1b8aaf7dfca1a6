namespace AnonGateway.Dicom.Dictionary;

/// <summary>The PS3.6 data dictionary: VR, multiplicity, keyword and name of every standard element.</summary>
/// <remarks>The entries come from <c>Generated/StandardDictionary.g.cs</c>, which the generator writes from the
/// standard's tables; this file only indexes them.</remarks>
public static partial class DicomDictionary
{
    private static readonly DictionaryEntry[] s_all = CreateEntries();
    // Plain dictionaries: building frozen ones cost ~15 ms at the first lookup, more than all lookups of a typical run save.
    private static readonly Dictionary<uint, DictionaryEntry> s_byTag = IndexByTag([.. s_all, .. CommandDictionary.Entries]);
    private static readonly DictionaryEntry[] s_masked = [.. s_all.Where(e => e.Mask != 0xFFFFFFFF)];
    private static readonly Lazy<Dictionary<string, DictionaryEntry>> s_byKeyword = new(() =>
    {
        var map = new Dictionary<string, DictionaryEntry>(s_all.Length, StringComparer.Ordinal);
        foreach (var e in s_all) if (e.Keyword.Length > 0) map.TryAdd(e.Keyword, e);
        foreach (var e in CommandDictionary.Entries) map.TryAdd(e.Keyword, e);
        return map;
    });

    private static readonly DictionaryEntry s_groupLength = new(new DicomTag(0, 0), 0x0000FFFF, DicomVR.UL, [DicomVR.UL], ValueMultiplicity.One, "GenericGroupLength", "Group Length", true);
    private static readonly DictionaryEntry s_privateCreator = new(new DicomTag(0x0009, 0x0010), 0x0001FF00, DicomVR.LO, [DicomVR.LO], ValueMultiplicity.One, "PrivateCreator", "Private Creator", false);

    /// <summary>All entries of PS3.6's data dictionary, in tag order (the group 0000 command elements of PS3.7 are looked up too, but are not listed here).</summary>
    public static IReadOnlyList<DictionaryEntry> Entries => s_all;

    /// <summary>The entry for <paramref name="tag"/>: exact, a repeating group, a group length, a private creator; null when unknown (e.g. a private data element).</summary>
    public static DictionaryEntry? Lookup(DicomTag tag)
    {
        if (s_byTag.TryGetValue(tag.Value, out var entry)) return entry;
        foreach (var masked in s_masked)
            if ((tag.Value & masked.Mask) == masked.Tag.Value) return masked;
        if (tag.Element == 0 && !tag.IsDelimiter) return s_groupLength;
        if (tag.IsPrivateCreator) return s_privateCreator;
        return null;
    }

    /// <summary>The entry whose keyword is <paramref name="keyword"/> (case-sensitive), or null.</summary>
    public static DictionaryEntry? LookupKeyword(string keyword) =>
        s_byKeyword.Value.TryGetValue(keyword, out var entry) ? entry : null;

    /// <summary>The VR the dictionary gives <paramref name="tag"/>, or <see cref="DicomVR.UN"/> when unknown.</summary>
    public static DicomVR VROf(DicomTag tag) => Lookup(tag)?.VR ?? DicomVR.UN;

    /// <summary>The keyword of <paramref name="tag"/>, or an empty string.</summary>
    public static string KeywordOf(DicomTag tag) => Lookup(tag)?.Keyword ?? string.Empty;

    private static Dictionary<uint, DictionaryEntry> IndexByTag(DictionaryEntry[] entries)
    {
        var map = new Dictionary<uint, DictionaryEntry>(entries.Length);
        foreach (var e in entries) if (e.Mask == 0xFFFFFFFF) map.TryAdd(e.Tag.Value, e);
        return map;
    }

    private static partial DictionaryEntry[] CreateEntries();
}
