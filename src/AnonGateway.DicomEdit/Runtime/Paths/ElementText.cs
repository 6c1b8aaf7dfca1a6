using System.Text;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>Reads and writes an element's value as DicomEdit's text (spec §4, §6.1.6): strings decoded and trimmed,
/// values joined with <c>\</c>; numbers in text form; OB/OW/UN as the UTF-8 decoding of the bytes.</summary>
internal static class ElementText
{
    /// <summary>The text of <paramref name="element"/> (held by <paramref name="container"/>); null for a sequence or
    /// encapsulated pixel data.</summary>
    public static string? Read(DicomDataset container, DicomElement element)
    {
        if (element is not DicomValueElement e) return null;
        var vr = e.VR;
        if (vr.IsString())
        {
            var bytes = e.Value.Memory.Span;
            // Pure ASCII (no ISO 2022 escape) decodes the same in every character set: skip the character set lookup.
            var text = System.Text.Ascii.IsValid(bytes) && bytes.IndexOf((byte)0x1B) < 0
                ? Encoding.ASCII.GetString(bytes)
                : container.CharacterSet.Decode(bytes, vr);
            return Trim(text, vr);
        }
        if (vr is DicomVR.OB or DicomVR.OW or DicomVR.UN || vr == DicomVR.None)
        {
            var bytes = e.Value.Memory.Span;
            if (bytes.Length > 0 && bytes[^1] == 0) bytes = bytes[..^1];
            return Encoding.UTF8.GetString(bytes);
        }
        return container.GetString(e.Tag);
    }

    /// <summary>The separate values of <paramref name="element"/> (string VRs split at <c>\</c>).</summary>
    public static string[] ReadValues(DicomDataset container, DicomElement element)
    {
        var text = Read(container, element);
        if (text is null) return [];
        return element.VR.IsMultiValueString() || !element.VR.IsString() ? text.Split('\\') : [text];
    }

    /// <summary>Writes <paramref name="value"/> into <paramref name="tag"/> of <paramref name="container"/> with <paramref name="vr"/>.</summary>
    /// <exception cref="ScriptEvaluationException">The text is not a valid value of a binary VR.</exception>
    public static void Write(DicomDataset container, DicomTag tag, DicomVR vr, string value)
    {
        if (vr == DicomVR.SQ)
        {
            // Assigning to a sequence attribute makes an empty sequence; the value is ignored (spec §6.1.6).
            container.Set(new DicomSequence(tag));
            return;
        }
        container.Set(new DicomValueElement(tag, vr, Encode(container, tag, vr, value)));
    }

    /// <summary>The bytes of <paramref name="value"/> for <paramref name="vr"/> in <paramref name="container"/>'s character set.</summary>
    public static byte[] Encode(DicomDataset container, DicomTag tag, DicomVR vr, string value)
    {
        if (vr is DicomVR.OB or DicomVR.OW or DicomVR.UN)
        {
            var bytes = Encoding.UTF8.GetBytes(value);
            if ((bytes.Length & 1) == 1) Array.Resize(ref bytes, bytes.Length + 1);
            return bytes;
        }
        if (vr == DicomVR.AT) return EncodeAttributeTags(tag, value);
        if (vr.IsString() && System.Text.Ascii.IsValid(value) && value.IndexOf('\u001B') < 0)
        {
            // ASCII text is the same bytes in every character set.
            var ascii = new byte[value.Length + (value.Length & 1)];
            Encoding.ASCII.GetBytes(value, ascii);
            if ((value.Length & 1) == 1) ascii[^1] = vr.PaddingByte();
            return ascii;
        }
        try
        {
            return DicomDataset.EncodeValue(vr, value, container.CharacterSet);
        }
        catch (DicomEncodingException)
        {
            // The core's message quotes the value; ours must not (it may be patient data).
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidValueForVR,
                $"the value cannot be written to {tag} (VR {vr.Code()}): " +
                (vr.IsString() ? "it cannot be represented in the data set's character set" : $"it is not a valid {vr.Code()} number list"));
        }
    }

    // AT values are hex numbers as dcm4che parses them: "7" is (0000,0007), "00209056" is (0020,9056).
    private static byte[] EncodeAttributeTags(DicomTag tag, string value)
    {
        if (value.Length == 0) return [];
        var parts = value.Split('\\');
        var bytes = new byte[parts.Length * 4];
        for (int i = 0; i < parts.Length; i++)
        {
            var digits = parts[i].Trim().Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            if (digits.Length is 0 or > 8 || !uint.TryParse(digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out uint v))
                throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidValueForVR,
                    $"the value cannot be written to {tag} (VR AT): it is not a list of tags in hex (ggggeeee)");
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4), (ushort)(v >> 16));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(i * 4 + 2), (ushort)v);
        }
        return bytes;
    }

    private static string Trim(string text, DicomVR vr)
    {
        if (vr is DicomVR.LT or DicomVR.ST or DicomVR.UT or DicomVR.UR) return text.TrimEnd(' ', '\0');
        if (text.IndexOf('\\') < 0) return TrimValue(text, vr);
        var parts = text.Split('\\');
        for (int i = 0; i < parts.Length; i++) parts[i] = TrimValue(parts[i], vr);
        return string.Join('\\', parts);
    }

    // Leading spaces are insignificant for these VRs (PS3.5 §6.2); trailing padding for all.
    private static string TrimValue(string s, DicomVR vr) => vr is DicomVR.AE or DicomVR.CS or DicomVR.DS or DicomVR.IS or DicomVR.LO
        or DicomVR.SH or DicomVR.DA or DicomVR.DT or DicomVR.TM or DicomVR.AS or DicomVR.UI
        ? s.Trim(' ', '\0') : s.TrimEnd(' ', '\0');
}
