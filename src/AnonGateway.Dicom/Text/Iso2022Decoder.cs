using System.Buffers;
using System.Text;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Text;

/// <summary>Decodes a string value with ISO/IEC 2022 code extensions (PS3.5 §6.1.2.5): escape sequences designate
/// sets to G0 and G1, and the initial designations come back at each value delimiter, at each <c>^</c> and <c>=</c>
/// of a PN, and at each control character (CR, LF, FF, TAB…) as §6.1.2.5.3 requires of the writer.</summary>
/// <remarks>Never throws: an empty cell, an incomplete double-byte character or an unknown escape sequence each
/// become U+FFFD. A delimiter byte inside a double-byte run belongs to the character (the writer must have
/// switched back to a single-byte G0 before a delimiter). Any escape sequence of PS3.5 is honoured, whether or
/// not (0008,0005) names its set.</remarks>
internal static class Iso2022Decoder
{
    private const byte Escape = 0x1B;
    private const char Replacement = '\uFFFD';

    public static string Decode(ReadOnlySpan<byte> bytes, DicomVR vr, Iso2022Configuration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.InitialG0 == GraphicCharacterSet.Ascii && !bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && !bytes.Contains(Escape))
            return Encoding.ASCII.GetString(bytes);

        bool multiValue = vr.IsMultiValueString();
        bool personName = vr == DicomVR.PN;
        var g0 = configuration.InitialG0;
        var g1 = configuration.InitialG1;
        // Every byte yields at most one character, so the output is never longer than the input.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length));
        int n = 0;
        try
        {
            int i = 0;
            while (i < bytes.Length)
            {
                byte b = bytes[i];
                if (b == Escape && configuration.CodeExtensions)
                {
                    int j = i + 1;
                    while (j < bytes.Length && bytes[j] is >= 0x20 and <= 0x2F) j++;
                    if (j < bytes.Length && bytes[j] is >= 0x30 and <= 0x7E)
                    {
                        var set = GraphicCharacterSet.FromEscapeSequence(bytes[(i + 1)..(j + 1)]);
                        if (set is null) buffer[n++] = Replacement;
                        else if (set.Element == CodeElement.G0) g0 = set;
                        else g1 = set;
                        i = j + 1;
                    }
                    else
                    {
                        buffer[n++] = Replacement;
                        i = j;
                    }
                    continue;
                }
                if (b < 0x20 || b == 0x7F)
                {
                    buffer[n++] = (char)b;
                    if (b != Escape) (g0, g1) = (configuration.InitialG0, configuration.InitialG1);
                    i++;
                    continue;
                }
                if (b == 0x20)
                {
                    buffer[n++] = ' '; // SPACE is outside every 94-character set, in any state
                    i++;
                    continue;
                }
                if (b < 0x80)
                {
                    if (g0.BytesPerCharacter == 2)
                    {
                        if (i + 1 < bytes.Length && bytes[i + 1] is >= 0x21 and <= 0x7E)
                        {
                            buffer[n++] = g0.Decode((b << 8) | bytes[i + 1]) ?? Replacement;
                            i += 2;
                        }
                        else
                        {
                            buffer[n++] = Replacement;
                            i++;
                        }
                        continue;
                    }
                    if ((multiValue && b == '\\') || (personName && b is (byte)'^' or (byte)'='))
                    {
                        buffer[n++] = (char)b;
                        (g0, g1) = (configuration.InitialG0, configuration.InitialG1);
                    }
                    else
                    {
                        buffer[n++] = g0.Decode(b) ?? Replacement;
                    }
                    i++;
                    continue;
                }
                if (b < 0xA0)
                {
                    buffer[n++] = (char)b; // C1 control
                    i++;
                    continue;
                }
                var gr = g1 ?? configuration.FallbackG1;
                if (gr is null)
                {
                    buffer[n++] = Replacement;
                    i++;
                }
                else if (gr.BytesPerCharacter == 2)
                {
                    if (i + 1 < bytes.Length && bytes[i + 1] is >= 0xA1 and <= 0xFE)
                    {
                        buffer[n++] = gr.Decode(((b & 0x7F) << 8) | (bytes[i + 1] & 0x7F)) ?? Replacement;
                        i += 2;
                    }
                    else
                    {
                        buffer[n++] = Replacement;
                        i++;
                    }
                }
                else
                {
                    buffer[n++] = gr.Decode(b & 0x7F) ?? Replacement;
                    i++;
                }
            }
            return new string(buffer, 0, n);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
