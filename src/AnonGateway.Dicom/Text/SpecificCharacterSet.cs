using System.Text;
using System.Text.Unicode;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Text;

/// <summary>The character repertoires named by a data set's Specific Character Set (0008,0005), and the decoding
/// and encoding of string values with them (PS3.3 C.12.1.1.2, PS3.5 §6.1).</summary>
/// <remarks>
/// <para>Supported: the default repertoire; the single-byte sets ISO_IR 100, 101, 109, 110, 144, 127, 126, 138,
/// 148, 203, 13 and 166; ISO_IR 192 (UTF-8), GB18030 and GBK; and with code extensions ISO 2022 IR 6, 100…166, 13,
/// 87 (JIS X 0208), 159 (JIS X 0212), 149 (KS X 1001) and 58 (GB 2312), value 1 possibly empty.</para>
/// <para>Only LO, LT, PN, SH, ST, UC and UT use the character set; other string VRs are the default repertoire.
/// Decoding never throws: bytes that mean nothing in the repertoire become U+FFFD. A value without (0008,0005)
/// that holds bytes above 0x7F is read as Latin-1, as dcmtk and most readers tolerate, and such text is also
/// written back as Latin-1, so a value read and rewritten keeps its bytes. Unknown terms count as the default
/// repertoire (see <see cref="UnknownTerms"/>).</para>
/// <para>Re-encoding a decoded value gives its original bytes when the writer followed PS3.5 §6.1.2.5.3 the way
/// <see cref="Iso2022Encoder"/> describes; escape sequences that change nothing (e.g. ESC ( B while G0 already
/// holds ASCII) are not reproduced.</para>
/// </remarks>
public sealed class SpecificCharacterSet
{
    private static readonly UTF8Encoding s_utf8 = new(false, false);
    private static readonly Lazy<Iso2022Configuration> s_defaultConfiguration =
        new(() => new Iso2022Configuration(GraphicCharacterSet.Ascii, null, [GraphicCharacterSet.Ascii], false));

    private readonly Iso2022Configuration? _iso2022;
    private readonly Encoding? _multiByte;

    private SpecificCharacterSet(IReadOnlyList<string> terms, IReadOnlyList<string> unknownTerms, Iso2022Configuration? iso2022, Encoding? multiByte)
    {
        Terms = terms;
        UnknownTerms = unknownTerms;
        _iso2022 = iso2022;
        _multiByte = multiByte;
    }

    /// <summary>The default repertoire (ISO IR 6, with bytes above 0x7F read as Latin-1 as dcmtk tolerates).</summary>
    public static SpecificCharacterSet Default { get; } = new([], [], null, null);

    /// <summary>The defined terms as they appear in (0008,0005), without padding; empty for the default repertoire.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The terms that are not defined terms of PS3.3 C.12.1.1.2 (treated as the default repertoire).</summary>
    public IReadOnlyList<string> UnknownTerms { get; }

    /// <summary>Whether escape sequences (ISO 2022 code extensions) are in use.</summary>
    public bool UsesCodeExtensions => _iso2022?.CodeExtensions ?? false;

    /// <summary>Builds the character set named by the values of (0008,0005). Unknown terms fall back to the default repertoire.</summary>
    public static SpecificCharacterSet FromTerms(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var trimmed = new string[terms.Count];
        for (int i = 0; i < terms.Count; i++) trimmed[i] = (terms[i] ?? "").Trim(' ', '\0');
        if (Array.TrueForAll(trimmed, t => t.Length == 0)) return Default;

        var unknown = new List<string>();
        var repertoires = new CharacterRepertoire?[trimmed.Length];
        for (int i = 0; i < trimmed.Length; i++)
        {
            repertoires[i] = trimmed[i].Length == 0 ? CharacterRepertoire.Default : CharacterRepertoire.FromDefinedTerm(trimmed[i]);
            if (repertoires[i] is null) unknown.Add(trimmed[i]);
        }

        var first = repertoires[0] ?? CharacterRepertoire.Default;
        // UTF-8, GB18030 and GBK replace the whole repertoire; they allow no code extensions (PS3.3 C.12.1.1.2).
        if (first.MultiByteEncoding is { } multiByte) return new SpecificCharacterSet(trimmed, unknown, null, multiByte);

        bool codeExtensions = trimmed.Length > 1 || first.CodeExtensions;
        var sets = new List<GraphicCharacterSet>();
        foreach (var r in repertoires)
        {
            if (r is null || r.MultiByteEncoding is not null) continue;
            if (r.G0 is { } g0 && !sets.Contains(g0)) sets.Add(g0);
            if (r.G1 is { } g1 && !sets.Contains(g1)) sets.Add(g1);
        }
        // A 94×94 set in value 1 (a common slip: "ISO 2022 IR 149" alone) is designated by escape sequences only.
        var initialG0 = first.G0 is { BytesPerCharacter: 1 } sg0 ? sg0 : GraphicCharacterSet.Ascii;
        var initialG1 = first.G1 is { BytesPerCharacter: 1 } sg1 ? sg1 : null;
        if (!sets.Contains(initialG0)) sets.Insert(0, initialG0);
        return new SpecificCharacterSet(trimmed, unknown, new Iso2022Configuration(initialG0, initialG1, sets, codeExtensions), null);
    }

    /// <summary>Decodes a string value of VR <paramref name="vr"/> (the whole value, delimiters included).</summary>
    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr)
    {
        if (!vr.UsesSpecificCharacterSet() || (_iso2022 is null && _multiByte is null)) return Encoding.Latin1.GetString(bytes);
        if (_multiByte is not null) return _multiByte.GetString(bytes);
        return Iso2022Decoder.Decode(bytes, vr, _iso2022!);
    }

    /// <summary>Encodes <paramref name="text"/> for VR <paramref name="vr"/>; false when a character cannot be represented.</summary>
    public bool TryEncode(string text, DicomVR vr, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!vr.UsesSpecificCharacterSet() || (_iso2022 is null && _multiByte is null)) return TryEncodeLatin1(text, out bytes);
        if (_multiByte is null) return Iso2022Encoder.TryEncode(text, vr, _iso2022!, out bytes);
        if (_multiByte is UTF8Encoding) return TryEncodeUtf8(text, out bytes);
        try
        {
            bytes = _multiByte.GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            bytes = [];
            return false;
        }
    }

    /// <summary>The configuration of the ISO 2022 decoder and encoder (null for UTF-8, GB18030 and GBK).</summary>
    internal Iso2022Configuration Iso2022 => _iso2022 ?? s_defaultConfiguration.Value;

    public override string ToString() => Terms.Count == 0 ? "(default repertoire)" : string.Join('\\', Terms);

    private static bool TryEncodeLatin1(string text, out byte[] bytes)
    {
        foreach (char c in text)
        {
            if (c > '\u00FF') { bytes = []; return false; }
        }
        bytes = Encoding.Latin1.GetBytes(text);
        return true;
    }

    private static bool TryEncodeUtf8(string text, out byte[] bytes)
    {
        bytes = new byte[s_utf8.GetMaxByteCount(text.Length)];
        var status = Utf8.FromUtf16(text, bytes, out _, out int written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done) { bytes = []; return false; }
        Array.Resize(ref bytes, written);
        return true;
    }
}
