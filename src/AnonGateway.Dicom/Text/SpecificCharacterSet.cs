using System.Text;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Text;

/// <summary>The character repertoires named by a data set's Specific Character Set (0008,0005), and the
/// decoding and encoding of string values with them (PS3.5 §6.1 and Annex D of PS3.3… PS3.5 §6.1.2.5).</summary>
/// <remarks>Provisional: default repertoire, ISO_IR 100 and ISO_IR 192 only. The full set (ISO 2022 code extensions,
/// GB18030, GBK) replaces this implementation behind the same API.</remarks>
public sealed class SpecificCharacterSet
{
    private static readonly Encoding s_latin1 = Encoding.Latin1;
    private readonly Encoding _encoding;

    private SpecificCharacterSet(IReadOnlyList<string> terms, Encoding encoding)
    {
        Terms = terms;
        _encoding = encoding;
    }

    /// <summary>The default repertoire (ISO IR 6, with bytes above 0x7F read as Latin-1 as dcmtk tolerates).</summary>
    public static SpecificCharacterSet Default { get; } = new([], s_latin1);

    /// <summary>The defined terms as they appear in (0008,0005); empty for the default repertoire.</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>Builds the character set named by the values of (0008,0005). Unknown terms fall back to the default repertoire.</summary>
    public static SpecificCharacterSet FromTerms(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.Count == 0 || (terms.Count == 1 && string.IsNullOrWhiteSpace(terms[0]))) return Default;
        var first = terms[0].Trim();
        var enc = first switch
        {
            "ISO_IR 192" => (Encoding)new UTF8Encoding(false),
            _ => s_latin1,
        };
        return new SpecificCharacterSet(terms, enc);
    }

    /// <summary>Decodes a string value of VR <paramref name="vr"/>.</summary>
    public string Decode(ReadOnlySpan<byte> bytes, DicomVR vr) =>
        vr.UsesSpecificCharacterSet() ? _encoding.GetString(bytes) : s_latin1.GetString(bytes);

    /// <summary>Encodes <paramref name="text"/> for VR <paramref name="vr"/>; false when a character cannot be represented.</summary>
    public bool TryEncode(string text, DicomVR vr, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        var enc = vr.UsesSpecificCharacterSet() ? _encoding : s_latin1;
        bytes = enc.GetBytes(text);
        return enc.GetString(bytes) == text;
    }
}
