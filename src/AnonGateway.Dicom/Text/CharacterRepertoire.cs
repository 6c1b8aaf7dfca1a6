using System.Collections.Frozen;
using System.Text;

namespace AnonGateway.Dicom.Text;

/// <summary>What one defined term of Specific Character Set (0008,0005) stands for (PS3.3 C.12.1.1.2, PS3.5
/// Tables 6.1-2 and 6.2-2): the graphic sets it designates to G0 and G1, or a multi-byte encoding that is used
/// without code extensions (UTF-8, GB18030, GBK).</summary>
internal sealed class CharacterRepertoire
{
    private static readonly Lazy<CharacterRepertoire> s_default = new(() => new("ISO_IR 6", false, () => GraphicCharacterSet.Ascii, null));

    private readonly Func<GraphicCharacterSet>? _g0;
    private readonly Func<GraphicCharacterSet>? _g1;
    private readonly Lazy<Encoding>? _multiByte;

    private CharacterRepertoire(string definedTerm, bool codeExtensions, Func<GraphicCharacterSet>? g0, Func<GraphicCharacterSet>? g1, Func<Encoding>? multiByte = null)
    {
        DefinedTerm = definedTerm;
        CodeExtensions = codeExtensions;
        _g0 = g0;
        _g1 = g1;
        _multiByte = multiByte is null ? null : new Lazy<Encoding>(multiByte);
    }

    /// <summary>The default repertoire (ISO IR 6, i.e. ASCII in G0), which an empty value 1 means.</summary>
    public static CharacterRepertoire Default => s_default.Value;

    /// <summary>The defined term as the standard spells it.</summary>
    public string DefinedTerm { get; }

    /// <summary>Whether the term is one of the "ISO 2022 …" terms, which allow escape sequences.</summary>
    public bool CodeExtensions { get; }

    /// <summary>The set designated to G0 (null for the 94×94 sets of G1, and for the multi-byte encodings).</summary>
    public GraphicCharacterSet? G0 => _g0?.Invoke();

    /// <summary>The set designated to G1, if any.</summary>
    public GraphicCharacterSet? G1 => _g1?.Invoke();

    /// <summary>UTF-8, GB18030 or GBK: encodings used as a whole, without code extensions.</summary>
    public Encoding? MultiByteEncoding => _multiByte?.Value;

    /// <summary>The repertoire of a defined term, or null when the term is not one of PS3.3 C.12.1.1.2. Spelling
    /// slips seen in the wild ("ISO-IR 100", "ISO_IR100", lower case) are accepted.</summary>
    public static CharacterRepertoire? FromDefinedTerm(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return s_byKey.Value.TryGetValue(Normalize(term), out var r) ? r : null;
    }

    public override string ToString() => DefinedTerm;

    private static string Normalize(string term)
    {
        var sb = new StringBuilder(term.Length);
        foreach (char c in term.Trim())
            if (c is not (' ' or '_' or '-')) sb.Append(char.ToUpperInvariant(c));
        return sb.ToString();
    }

    private static readonly Lazy<CharacterRepertoire[]> s_all = new(() =>
    [
        Default,
        Single("100", () => GraphicCharacterSet.Latin1),
        Single("101", () => GraphicCharacterSet.Latin2),
        Single("109", () => GraphicCharacterSet.Latin3),
        Single("110", () => GraphicCharacterSet.Latin4),
        Single("144", () => GraphicCharacterSet.Cyrillic),
        Single("127", () => GraphicCharacterSet.Arabic),
        Single("126", () => GraphicCharacterSet.Greek),
        Single("138", () => GraphicCharacterSet.Hebrew),
        Single("148", () => GraphicCharacterSet.Latin5),
        Single("203", () => GraphicCharacterSet.Latin9),
        Single("166", () => GraphicCharacterSet.Thai),
        new("ISO_IR 13", false, () => GraphicCharacterSet.JisX0201Romaji, () => GraphicCharacterSet.JisX0201Katakana),
        new("ISO_IR 192", false, null, null, () => new UTF8Encoding(false, false)),
        new("GB18030", false, null, null, () => MultiByte(54936)),
        new("GBK", false, null, null, () => MultiByte(936)),
        new("ISO 2022 IR 6", true, () => GraphicCharacterSet.Ascii, null),
        Extended("100", () => GraphicCharacterSet.Latin1),
        Extended("101", () => GraphicCharacterSet.Latin2),
        Extended("109", () => GraphicCharacterSet.Latin3),
        Extended("110", () => GraphicCharacterSet.Latin4),
        Extended("144", () => GraphicCharacterSet.Cyrillic),
        Extended("127", () => GraphicCharacterSet.Arabic),
        Extended("126", () => GraphicCharacterSet.Greek),
        Extended("138", () => GraphicCharacterSet.Hebrew),
        Extended("148", () => GraphicCharacterSet.Latin5),
        Extended("203", () => GraphicCharacterSet.Latin9),
        Extended("166", () => GraphicCharacterSet.Thai),
        new("ISO 2022 IR 13", true, () => GraphicCharacterSet.JisX0201Romaji, () => GraphicCharacterSet.JisX0201Katakana),
        new("ISO 2022 IR 87", true, () => GraphicCharacterSet.JisX0208, null),
        new("ISO 2022 IR 159", true, () => GraphicCharacterSet.JisX0212, null),
        new("ISO 2022 IR 149", true, null, () => GraphicCharacterSet.KsX1001),
        new("ISO 2022 IR 58", true, null, () => GraphicCharacterSet.Gb2312),
    ]);

    private static readonly Lazy<FrozenDictionary<string, CharacterRepertoire>> s_byKey =
        new(() => s_all.Value.ToFrozenDictionary(r => Normalize(r.DefinedTerm)));

    private static CharacterRepertoire Single(string ir, Func<GraphicCharacterSet> g1) => new("ISO_IR " + ir, false, () => GraphicCharacterSet.Ascii, g1);

    private static CharacterRepertoire Extended(string ir, Func<GraphicCharacterSet> g1) => new("ISO 2022 IR " + ir, true, () => GraphicCharacterSet.Ascii, g1);

    private static Encoding MultiByte(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"))
        ?? throw new PlatformNotSupportedException($"code page {codePage} is not available");
}
