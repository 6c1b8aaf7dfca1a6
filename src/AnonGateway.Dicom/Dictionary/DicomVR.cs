namespace AnonGateway.Dicom.Dictionary;

/// <summary>The 34 value representations of PS3.5 §6.2 (plus <see cref="None"/> for "not known").</summary>
/// <remarks>The numeric value of each member is its two ASCII characters, first character in the high byte,
/// so a VR read from the wire maps to the enum with one comparison and no table.</remarks>
public enum DicomVR : ushort
{
    None = 0,
    AE = ('A' << 8) | 'E', AS = ('A' << 8) | 'S', AT = ('A' << 8) | 'T',
    CS = ('C' << 8) | 'S', DA = ('D' << 8) | 'A', DS = ('D' << 8) | 'S', DT = ('D' << 8) | 'T',
    FD = ('F' << 8) | 'D', FL = ('F' << 8) | 'L', IS = ('I' << 8) | 'S',
    LO = ('L' << 8) | 'O', LT = ('L' << 8) | 'T',
    OB = ('O' << 8) | 'B', OD = ('O' << 8) | 'D', OF = ('O' << 8) | 'F', OL = ('O' << 8) | 'L',
    OV = ('O' << 8) | 'V', OW = ('O' << 8) | 'W',
    PN = ('P' << 8) | 'N', SH = ('S' << 8) | 'H', SL = ('S' << 8) | 'L', SQ = ('S' << 8) | 'Q',
    SS = ('S' << 8) | 'S', ST = ('S' << 8) | 'T', SV = ('S' << 8) | 'V',
    TM = ('T' << 8) | 'M', UC = ('U' << 8) | 'C', UI = ('U' << 8) | 'I', UL = ('U' << 8) | 'L',
    UN = ('U' << 8) | 'N', UR = ('U' << 8) | 'R', US = ('U' << 8) | 'S', UT = ('U' << 8) | 'T',
    UV = ('U' << 8) | 'V',
}

/// <summary>Encoding rules of each VR (PS3.5 Table 6.2-1 and §7.1.2).</summary>
public static class DicomVRInfo
{
    /// <summary>Maps two ASCII bytes to a VR, or <see cref="DicomVR.None"/> when they are not one of the 34.</summary>
    public static DicomVR FromBytes(byte first, byte second)
    {
        var vr = (DicomVR)((first << 8) | second);
        return IsKnown(vr) ? vr : DicomVR.None;
    }

    /// <summary>Parses "PN", "OB"… (case-sensitive, as the standard spells them).</summary>
    public static DicomVR Parse(ReadOnlySpan<char> code) =>
        code.Length == 2 && code[0] < 128 && code[1] < 128 ? FromBytes((byte)code[0], (byte)code[1]) : DicomVR.None;

    /// <summary>The two-letter code.</summary>
    public static string Code(this DicomVR vr) => vr == DicomVR.None ? "??" : new string([(char)((ushort)vr >> 8), (char)((ushort)vr & 0xFF)]);

    public static bool IsKnown(DicomVR vr) => vr switch
    {
        DicomVR.AE or DicomVR.AS or DicomVR.AT or DicomVR.CS or DicomVR.DA or DicomVR.DS or DicomVR.DT or
        DicomVR.FD or DicomVR.FL or DicomVR.IS or DicomVR.LO or DicomVR.LT or DicomVR.OB or DicomVR.OD or
        DicomVR.OF or DicomVR.OL or DicomVR.OV or DicomVR.OW or DicomVR.PN or DicomVR.SH or DicomVR.SL or
        DicomVR.SQ or DicomVR.SS or DicomVR.ST or DicomVR.SV or DicomVR.TM or DicomVR.UC or DicomVR.UI or
        DicomVR.UL or DicomVR.UN or DicomVR.UR or DicomVR.US or DicomVR.UT or DicomVR.UV => true,
        _ => false,
    };

    /// <summary>Explicit VR encodings use a 4-byte length (after 2 reserved bytes) for these VRs; all others use 2 bytes.</summary>
    public static bool HasLongLength(this DicomVR vr) => vr switch
    {
        DicomVR.OB or DicomVR.OD or DicomVR.OF or DicomVR.OL or DicomVR.OV or DicomVR.OW or DicomVR.SQ or
        DicomVR.SV or DicomVR.UC or DicomVR.UN or DicomVR.UR or DicomVR.UT or DicomVR.UV => true,
        _ => false,
    };

    /// <summary>Character-string VRs (values are text, padded to even length).</summary>
    public static bool IsString(this DicomVR vr) => vr switch
    {
        DicomVR.AE or DicomVR.AS or DicomVR.CS or DicomVR.DA or DicomVR.DS or DicomVR.DT or DicomVR.IS or
        DicomVR.LO or DicomVR.LT or DicomVR.PN or DicomVR.SH or DicomVR.ST or DicomVR.TM or DicomVR.UC or
        DicomVR.UI or DicomVR.UR or DicomVR.UT => true,
        _ => false,
    };

    /// <summary>String VRs whose value may hold several values separated by a backslash.</summary>
    public static bool IsMultiValueString(this DicomVR vr) => vr.IsString() && vr is not (DicomVR.LT or DicomVR.ST or DicomVR.UT or DicomVR.UR);

    /// <summary>String VRs whose bytes are decoded with the Specific Character Set (the others are the default repertoire).</summary>
    public static bool UsesSpecificCharacterSet(this DicomVR vr) =>
        vr is DicomVR.LO or DicomVR.LT or DicomVR.PN or DicomVR.SH or DicomVR.ST or DicomVR.UC or DicomVR.UT;

    /// <summary>The size of one binary value (for byte swapping and value counts); 0 for strings, SQ and UN; 1 for OB.</summary>
    public static int ValueSize(this DicomVR vr) => vr switch
    {
        DicomVR.OB or DicomVR.UN => 1,
        DicomVR.SS or DicomVR.US or DicomVR.OW => 2,
        DicomVR.SL or DicomVR.UL or DicomVR.FL or DicomVR.OF or DicomVR.OL or DicomVR.AT => 4,
        DicomVR.FD or DicomVR.OD or DicomVR.SV or DicomVR.UV or DicomVR.OV => 8,
        _ => 0,
    };

    /// <summary>Bytes whose order depends on the transfer syntax's endianness: the size of the unit to swap (AT swaps each 2-byte half).</summary>
    public static int SwapUnit(this DicomVR vr) => vr == DicomVR.AT ? 2 : vr == DicomVR.OB || vr == DicomVR.UN ? 1 : vr.ValueSize();

    /// <summary>The byte used to pad a value to even length: NUL for UI and binary VRs, space for other strings.</summary>
    public static byte PaddingByte(this DicomVR vr) => vr.IsString() && vr != DicomVR.UI ? (byte)' ' : (byte)0;
}
