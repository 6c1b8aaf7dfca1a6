using System.Buffers;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Text;

/// <summary>Encodes text with ISO/IEC 2022 code extensions (PS3.5 §6.1.2.5) the way the standard's examples
/// (PS3.5 Annexes H-K) and the common writers do: a character stays in the set already designated when that set has
/// it; otherwise the first set (in the order of the values of (0008,0005)) that has it is designated just before
/// it; before each delimiter, control character and the end of the value, G0 and G1 go back to value 1's sets.
/// After a delimiter, a G1 set other than value 1's is designated again when next needed.</summary>
internal static class Iso2022Encoder
{
    private const char Escape = '\u001B';

    public static bool TryEncode(string text, DicomVR vr, Iso2022Configuration configuration, out byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(configuration);
        bool multiValue = vr.IsMultiValueString();
        bool personName = vr == DicomVR.PN;
        var initialG0 = configuration.InitialG0;
        var initialG1 = configuration.InitialG1;
        var g0 = initialG0;
        var g1 = initialG1;
        var output = new ArrayBufferWriter<byte>(text.Length + 8);
        bytes = [];

        foreach (char c in text)
        {
            bool control = c < 0x20;
            if (c == Escape && configuration.CodeExtensions) return false; // it would read as an escape sequence
            if ((control && c != Escape) || (multiValue && c == '\\') || (personName && c is '^' or '='))
            {
                Restore(output, ref g0, ref g1, initialG0, initialG1);
                g1 = initialG1;
                Write(output, (byte)c);
                continue;
            }
            if (control || c == '\u007F' || c is >= '\u0080' and <= '\u009F')
            {
                Write(output, (byte)c); // ESC without code extensions, DEL and C1 controls pass through as bytes
                continue;
            }
            if (c == ' ')
            {
                // SPACE is outside the 94×94 sets: go back to a single-byte G0 as the common writers do.
                if (g0.BytesPerCharacter == 2) Designate(output, ref g0, ref g1, initialG0);
                Write(output, 0x20);
                continue;
            }
            if (TryCode(g0, c, multiValue, out int code)) { WriteCode(output, g0, code); continue; }
            if (g1 is not null && TryCode(g1, c, multiValue, out code)) { WriteCode(output, g1, code); continue; }
            if (!configuration.CodeExtensions) return false;
            GraphicCharacterSet? found = null;
            foreach (var set in configuration.Sets)
            {
                if (TryCode(set, c, multiValue, out code)) { found = set; break; }
            }
            if (found is null)
            {
                if (g0.TryEncodeAlias(c, out code)) { WriteCode(output, g0, code); continue; }
                if (g1 is not null && g1.TryEncodeAlias(c, out code)) { WriteCode(output, g1, code); continue; }
                foreach (var set in configuration.Sets)
                {
                    if (set.TryEncodeAlias(c, out code)) { found = set; break; }
                }
            }
            if (found is null) return false;
            Designate(output, ref g0, ref g1, found);
            WriteCode(output, found, code);
        }
        Restore(output, ref g0, ref g1, initialG0, initialG1);
        bytes = output.WrittenSpan.ToArray();
        return true;
    }

    // In a multi-valued VR 0x5C is the value delimiter whatever G0 holds (YEN SIGN in JIS X 0201 Romaji).
    private static bool TryCode(GraphicCharacterSet set, char c, bool multiValue, out int code) =>
        set.TryEncode(c, out code) && !(multiValue && set.Element == CodeElement.G0 && set.BytesPerCharacter == 1 && code == 0x5C);

    private static void Restore(ArrayBufferWriter<byte> output, ref GraphicCharacterSet g0, ref GraphicCharacterSet? g1, GraphicCharacterSet initialG0, GraphicCharacterSet? initialG1)
    {
        if (g0 != initialG0) Designate(output, ref g0, ref g1, initialG0);
        if (initialG1 is not null && g1 != initialG1) Designate(output, ref g0, ref g1, initialG1);
    }

    private static void Designate(ArrayBufferWriter<byte> output, ref GraphicCharacterSet g0, ref GraphicCharacterSet? g1, GraphicCharacterSet set)
    {
        output.Write(set.EscapeSequence);
        if (set.Element == CodeElement.G0) g0 = set;
        else g1 = set;
    }

    private static void WriteCode(ArrayBufferWriter<byte> output, GraphicCharacterSet set, int code)
    {
        int high = set.Element == CodeElement.G1 ? 0x80 : 0;
        if (set.BytesPerCharacter == 2)
        {
            Write(output, (byte)((code >> 8) | high));
            Write(output, (byte)((code & 0xFF) | high));
        }
        else
        {
            Write(output, (byte)(code | high));
        }
    }

    private static void Write(ArrayBufferWriter<byte> output, byte b)
    {
        output.GetSpan(1)[0] = b;
        output.Advance(1);
    }
}
