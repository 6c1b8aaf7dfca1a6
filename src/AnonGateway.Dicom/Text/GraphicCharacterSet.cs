using System.Collections.Frozen;
using System.Text;

namespace AnonGateway.Dicom.Text;

/// <summary>One ISO/IEC 2022 graphic character set of PS3.5 Tables 6.1-2 and 6.2-2 (94, 96 or 94×94 characters),
/// with the escape sequence that designates it and its mapping to Unicode.</summary>
/// <remarks>Codes are 7-bit: a byte of GR is looked up with its high bit cleared, a double-byte character as
/// <c>(first &lt;&lt; 8) | second</c>. The tables are built once from the BCL's code-page decoders (which ship in the
/// shared framework and need no provider registration), keeping only the cells of the registered set: cells that a
/// code page maps to the Private Use Area, to its fallback character or to more than one character are undefined.
/// Where the code pages' Microsoft mappings differ from the mappings of the ISO-IR registrations that iconv (and so
/// dcmtk) uses, the table says so explicitly in <see cref="CreateDoubleByte"/> and <see cref="CreateSingleByte"/>.</remarks>
internal sealed class GraphicCharacterSet
{
    private const char Undefined = '\uFFFF';
    private const int Cells94 = 94;

    private static readonly Lazy<GraphicCharacterSet> s_ascii = new(() => CreateGL("ISO-IR 6", "(B", romaji: false));
    private static readonly Lazy<GraphicCharacterSet> s_jisRomaji = new(() => CreateGL("ISO-IR 14", "(J", romaji: true));
    private static readonly Lazy<GraphicCharacterSet> s_jisKatakana = new(CreateKatakana);
    private static readonly Lazy<GraphicCharacterSet> s_jisX0208 = new(() => CreateDoubleByte("ISO-IR 87", CodeElement.G0, "$B", 20932, trailHighBit: true, 0x21, 0x7E,
        // 20932 already uses the JIS mapping for these; the Microsoft (CP932) forms are accepted when encoding.
        overrides: [], aliases: [('\uFF5E', 0x2141), ('\u2225', 0x2142), ('\uFF0D', 0x215D), ('\uFFE0', 0x2171), ('\uFFE1', 0x2172), ('\uFFE2', 0x224C)]));
    private static readonly Lazy<GraphicCharacterSet> s_jisX0212 = new(() => CreateDoubleByte("ISO-IR 159", CodeElement.G0, "$(D", 20932, trailHighBit: false, 0x22, 0x6D,
        // Rows above 0x6D of code page 20932 hold IBM extensions, not JIS X 0212. 20932 leaves out 0x2271 (NUMERO
        // SIGN) and 0x2237 (TILDE), which iconv reads as FULLWIDTH TILDE: so do we, keeping it apart from ASCII '~'.
        overrides: [(0x2237, '\uFF5E'), (0x2271, '\u2116')], aliases: []));
    private static readonly Lazy<GraphicCharacterSet> s_ksX1001 = new(() => CreateDoubleByte("ISO-IR 149", CodeElement.G1, "$)C", 51949, trailHighBit: true, 0x21, 0x7E,
        // CIRCLED HANGUL IEUNG U (added to KS X 1001 in 2002) is missing from the BCL's code page 51949, which also
        // has U+B2D6 at 0x3453 where KS X 1001 (and iconv, and code page 949 elsewhere) have U+B2D2.
        overrides: [(0x2268, '\u327E'), (0x3453, '\uB2D2')], aliases: [('\uB2D6', 0x3453)]));
    private static readonly Lazy<GraphicCharacterSet> s_gb2312 = new(() => CreateDoubleByte("ISO-IR 58", CodeElement.G1, "$)A", 20936, trailHighBit: true, 0x21, 0x7E,
        // GB 2312 0x212C is DOUBLE VERTICAL LINE in the registration; Microsoft maps it to PARALLEL TO.
        overrides: [(0x212C, '\u2016')], aliases: [('\u2225', 0x212C)]));

    private static readonly Lazy<GraphicCharacterSet> s_latin1 = new(() => CreateSingleByte("ISO-IR 100", "-A", 28591, []));
    private static readonly Lazy<GraphicCharacterSet> s_latin2 = new(() => CreateSingleByte("ISO-IR 101", "-B", 28592, []));
    private static readonly Lazy<GraphicCharacterSet> s_latin3 = new(() => CreateSingleByte("ISO-IR 109", "-C", 28593, []));
    private static readonly Lazy<GraphicCharacterSet> s_latin4 = new(() => CreateSingleByte("ISO-IR 110", "-D", 28594, []));
    private static readonly Lazy<GraphicCharacterSet> s_cyrillic = new(() => CreateSingleByte("ISO-IR 144", "-L", 28595, []));
    private static readonly Lazy<GraphicCharacterSet> s_arabic = new(() => CreateSingleByte("ISO-IR 127", "-G", 28596, []));
    // ISO 8859-7:2003 (as iconv): quotation marks instead of modifier letters, and the three added characters.
    private static readonly Lazy<GraphicCharacterSet> s_greek = new(() => CreateSingleByte("ISO-IR 126", "-F", 28597,
        [(0xA1, '\u2018'), (0xA2, '\u2019'), (0xA4, '\u20AC'), (0xA5, '\u20AF'), (0xAA, '\u037A')]));
    // ISO 8859-8 as in the Unicode mapping table (and iconv): MACRON, and the two directional marks.
    private static readonly Lazy<GraphicCharacterSet> s_hebrew = new(() => CreateSingleByte("ISO-IR 138", "-H", 28598,
        [(0xAF, '\u00AF'), (0xFD, '\u200E'), (0xFE, '\u200F')]));
    private static readonly Lazy<GraphicCharacterSet> s_latin5 = new(() => CreateSingleByte("ISO-IR 148", "-M", 28599, []));
    private static readonly Lazy<GraphicCharacterSet> s_latin9 = new(() => CreateSingleByte("ISO-IR 203", "-b", 28605, []));
    // TIS 620-2533 is the right half of code page 874 (whose 0x80-0x9F extras are not part of it).
    private static readonly Lazy<GraphicCharacterSet> s_thai = new(() => CreateSingleByte("ISO-IR 166", "-T", 874, []));

    private readonly char[] _decode;
    private readonly FrozenDictionary<char, ushort> _encode;
    private readonly FrozenDictionary<char, ushort> _aliases;

    private GraphicCharacterSet(string registration, CodeElement element, string escape, int bytesPerCharacter, char[] decode,
        FrozenDictionary<char, ushort> encode, FrozenDictionary<char, ushort>? aliases = null)
    {
        _aliases = aliases ?? FrozenDictionary<char, ushort>.Empty;
        Registration = registration;
        Element = element;
        EscapeSequence = [0x1B, .. Encoding.ASCII.GetBytes(escape)];
        BytesPerCharacter = bytesPerCharacter;
        _decode = decode;
        _encode = encode;
    }

    public static GraphicCharacterSet Ascii => s_ascii.Value;
    public static GraphicCharacterSet JisX0201Romaji => s_jisRomaji.Value;
    public static GraphicCharacterSet JisX0201Katakana => s_jisKatakana.Value;
    public static GraphicCharacterSet JisX0208 => s_jisX0208.Value;
    public static GraphicCharacterSet JisX0212 => s_jisX0212.Value;
    public static GraphicCharacterSet KsX1001 => s_ksX1001.Value;
    public static GraphicCharacterSet Gb2312 => s_gb2312.Value;
    public static GraphicCharacterSet Latin1 => s_latin1.Value;
    public static GraphicCharacterSet Latin2 => s_latin2.Value;
    public static GraphicCharacterSet Latin3 => s_latin3.Value;
    public static GraphicCharacterSet Latin4 => s_latin4.Value;
    public static GraphicCharacterSet Cyrillic => s_cyrillic.Value;
    public static GraphicCharacterSet Arabic => s_arabic.Value;
    public static GraphicCharacterSet Greek => s_greek.Value;
    public static GraphicCharacterSet Hebrew => s_hebrew.Value;
    public static GraphicCharacterSet Latin5 => s_latin5.Value;
    public static GraphicCharacterSet Latin9 => s_latin9.Value;
    public static GraphicCharacterSet Thai => s_thai.Value;

    /// <summary>The ISO-IR registration, e.g. "ISO-IR 87".</summary>
    public string Registration { get; }

    /// <summary>The code element the escape sequence designates the set to.</summary>
    public CodeElement Element { get; }

    /// <summary>The designating escape sequence, ESC included.</summary>
    public byte[] EscapeSequence { get; }

    /// <summary>1 for 94- and 96-character sets, 2 for 94×94 sets.</summary>
    public int BytesPerCharacter { get; }

    /// <summary>The set designated by the escape sequence that follows ESC (<paramref name="afterEscape"/> holds
    /// the intermediate and final bytes), or null for a sequence DICOM does not use.</summary>
    public static GraphicCharacterSet? FromEscapeSequence(ReadOnlySpan<byte> afterEscape) => afterEscape switch
    {
        [(byte)'(', (byte)'B'] => Ascii,
        [(byte)'(', (byte)'J'] => JisX0201Romaji,
        [(byte)')', (byte)'I'] => JisX0201Katakana,
        [(byte)'$', (byte)'B'] => JisX0208,
        [(byte)'$', (byte)'(', (byte)'D'] => JisX0212,
        [(byte)'$', (byte)')', (byte)'C'] => KsX1001,
        [(byte)'$', (byte)')', (byte)'A'] => Gb2312,
        [(byte)'-', (byte)'A'] => Latin1,
        [(byte)'-', (byte)'B'] => Latin2,
        [(byte)'-', (byte)'C'] => Latin3,
        [(byte)'-', (byte)'D'] => Latin4,
        [(byte)'-', (byte)'L'] => Cyrillic,
        [(byte)'-', (byte)'G'] => Arabic,
        [(byte)'-', (byte)'F'] => Greek,
        [(byte)'-', (byte)'H'] => Hebrew,
        [(byte)'-', (byte)'M'] => Latin5,
        [(byte)'-', (byte)'b'] => Latin9,
        [(byte)'-', (byte)'T'] => Thai,
        _ => null,
    };

    /// <summary>The character of 7-bit code <paramref name="code"/> (0x20-0x7F for a single-byte set, two 0x21-0x7E
    /// bytes for a double-byte set), or null when the cell is empty.</summary>
    public char? Decode(int code)
    {
        int index = BytesPerCharacter == 1 ? code - 0x20 : DoubleByteIndex(code >> 8, code & 0xFF);
        if ((uint)index >= (uint)_decode.Length) return null;
        char c = _decode[index];
        return c == Undefined ? null : c;
    }

    /// <summary>The 7-bit code of <paramref name="c"/> in this set.</summary>
    public bool TryEncode(char c, out int code)
    {
        if (_encode.TryGetValue(c, out var value)) { code = value; return true; }
        code = 0;
        return false;
    }

    /// <summary>The code of a character that decodes as another one (e.g. CP932's FULLWIDTH TILDE for JIS X 0208's
    /// WAVE DASH): used only when no set has <paramref name="c"/> itself.</summary>
    public bool TryEncodeAlias(char c, out int code)
    {
        if (_aliases.TryGetValue(c, out var value)) { code = value; return true; }
        code = 0;
        return false;
    }

    public override string ToString() => Registration;

    private static int DoubleByteIndex(int first, int second) =>
        first is >= 0x21 and <= 0x7E && second is >= 0x21 and <= 0x7E ? (first - 0x21) * Cells94 + (second - 0x21) : -1;

    // G0 sets: ASCII, or JIS X 0201 Romaji, which differs from ASCII at 0x5C (YEN SIGN) and 0x7E (OVERLINE).
    private static GraphicCharacterSet CreateGL(string registration, string escape, bool romaji)
    {
        var decode = new char[96];
        decode[0] = Undefined;
        decode[95] = Undefined;
        for (int code = 0x21; code <= 0x7E; code++) decode[code - 0x20] = (char)code;
        if (romaji)
        {
            decode[0x5C - 0x20] = '\u00A5';
            decode[0x7E - 0x20] = '\u203E';
        }
        return new GraphicCharacterSet(registration, CodeElement.G0, escape, 1, decode, Reverse(decode, 0x20));
    }

    private static GraphicCharacterSet CreateKatakana()
    {
        var decode = new char[96];
        Array.Fill(decode, Undefined);
        for (int code = 0x21; code <= 0x5F; code++) decode[code - 0x20] = (char)(0xFF61 + code - 0x21);
        return new GraphicCharacterSet("ISO-IR 13", CodeElement.G1, ")I", 1, decode, Reverse(decode, 0x20));
    }

    // 96-character G1 sets: the right half (0xA0-0xFF) of an ISO 8859 code page.
    private static GraphicCharacterSet CreateSingleByte(string registration, string escape, int codePage, (int Byte, char Char)[] overrides)
    {
        var decode = new char[96];
        var encoding = CodePage(codePage);
        Span<byte> one = stackalloc byte[1];
        Span<char> chars = stackalloc char[4];
        for (int b = 0xA0; b <= 0xFF; b++)
        {
            one[0] = (byte)b;
            int n = encoding.GetChars(one, chars);
            decode[b - 0xA0] = n == 1 && IsCharacter(chars[0]) ? chars[0] : Undefined;
        }
        foreach (var (b, c) in overrides) decode[b - 0xA0] = c;
        return new GraphicCharacterSet(registration, CodeElement.G1, escape, 1, decode, Reverse(decode, 0x20));
    }

    // 94×94 sets, read through the EUC-style code page that holds them (first byte with the high bit set; the
    // second with it set too, except for JIS X 0212 in code page 20932).
    private static GraphicCharacterSet CreateDoubleByte(string registration, CodeElement element, string escape, int codePage, bool trailHighBit,
        int firstRow, int lastRow, (int Code, char Char)[] overrides, (char Char, int Code)[] aliases)
    {
        var decode = new char[Cells94 * Cells94];
        Array.Fill(decode, Undefined);
        var encoding = CodePage(codePage);
        Span<byte> two = stackalloc byte[2];
        Span<char> chars = stackalloc char[4];
        for (int first = firstRow; first <= lastRow; first++)
        {
            for (int second = 0x21; second <= 0x7E; second++)
            {
                two[0] = (byte)(first | 0x80);
                two[1] = (byte)(trailHighBit ? second | 0x80 : second);
                int n = encoding.GetChars(two, chars);
                // The Japanese code pages answer KATAKANA MIDDLE DOT for an empty cell; it is real only at 0x2126.
                bool fallback = chars[0] == '\u30FB' && codePage == 20932 && (first != 0x21 || second != 0x26 || !trailHighBit);
                if (n == 1 && IsCharacter(chars[0]) && chars[0] != '?' && !fallback)
                    decode[DoubleByteIndex(first, second)] = chars[0];
            }
        }
        foreach (var (code, c) in overrides) decode[DoubleByteIndex(code >> 8, code & 0xFF)] = c;
        return new GraphicCharacterSet(registration, element, escape, 2, decode, ReverseDoubleByte(decode),
            aliases.Where(a => !Array.Exists(decode, d => d == a.Char)).ToFrozenDictionary(a => a.Char, a => (ushort)a.Code));
    }

    private static bool IsCharacter(char c) => c is not ('\uFFFD' or Undefined) && !char.IsSurrogate(c) && c is not (>= '\uE000' and <= '\uF8FF');

    private static Encoding CodePage(int codePage) =>
        codePage == 28591
            ? Encoding.Latin1
            : CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback("\uFFFD"))
              ?? throw new PlatformNotSupportedException($"code page {codePage} is not available");

    private static FrozenDictionary<char, ushort> Reverse(char[] decode, int firstCode)
    {
        var map = new Dictionary<char, ushort>();
        for (int i = 0; i < decode.Length; i++)
            if (decode[i] != Undefined) map.TryAdd(decode[i], (ushort)(firstCode + i));
        return map.ToFrozenDictionary();
    }

    // The first cell wins when a code page maps two cells to one character (e.g. NEC's duplicates in row 13 of
    // JIS X 0208 come after the standard cells of row 2). ASCII characters are always written in ASCII, so that
    // re-encoding does not move them into a double-byte set.
    private static FrozenDictionary<char, ushort> ReverseDoubleByte(char[] decode)
    {
        var map = new Dictionary<char, ushort>();
        for (int i = 0; i < decode.Length; i++)
            if (decode[i] != Undefined && decode[i] >= '\u0080') map.TryAdd(decode[i], (ushort)(((0x21 + i / Cells94) << 8) | (0x21 + i % Cells94)));
        return map.ToFrozenDictionary();
    }
}
