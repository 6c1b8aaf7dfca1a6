using System.Globalization;

namespace AnonGateway.Dicom.Dictionary;

/// <summary>A data element tag (group, element) as defined by PS3.5 §7.1.</summary>
public readonly record struct DicomTag(ushort Group, ushort Element) : IComparable<DicomTag>
{
    /// <summary>Creates a tag from its 32-bit form <c>0xGGGGEEEE</c>.</summary>
    public DicomTag(uint value) : this((ushort)(value >> 16), (ushort)value) { }

    /// <summary>The tag as <c>0xGGGGEEEE</c>; its numeric order is the order of elements in a data set.</summary>
    public uint Value => ((uint)Group << 16) | Element;

    /// <summary>Odd groups other than 0001, 0003, 0005, 0007 and FFFF are private (PS3.5 §7.8).</summary>
    public bool IsPrivate => (Group & 1) == 1 && Group > 0x0007 && Group != 0xFFFF;

    /// <summary>A private creator element (gggg,0010-00FF) of an odd group.</summary>
    public bool IsPrivateCreator => IsPrivate && Element >= 0x0010 && Element <= 0x00FF;

    /// <summary>For a private data element (gggg,xxee) with xx ≥ 10: the creator element (gggg,00xx) that reserves its block.</summary>
    public DicomTag? PrivateCreatorTag => IsPrivate && Element >= 0x1000 ? new DicomTag(Group, (ushort)(Element >> 8)) : null;

    /// <summary>Item, item delimitation and sequence delimitation tags (group FFFE).</summary>
    public bool IsDelimiter => Group == 0xFFFE;

    public int CompareTo(DicomTag other) => Value.CompareTo(other.Value);

    public static bool operator <(DicomTag a, DicomTag b) => a.Value < b.Value;
    public static bool operator >(DicomTag a, DicomTag b) => a.Value > b.Value;
    public static bool operator <=(DicomTag a, DicomTag b) => a.Value <= b.Value;
    public static bool operator >=(DicomTag a, DicomTag b) => a.Value >= b.Value;

    /// <summary><c>(GGGG,EEEE)</c> in upper-case hex, as dcmdump prints it.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"({Group:X4},{Element:X4})");

    /// <summary>Parses <c>(gggg,eeee)</c>, <c>gggg,eeee</c> or <c>ggggeeee</c> (hex, any case).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DicomTag tag)
    {
        tag = default;
        text = text.Trim();
        if (text.Length > 0 && text[0] == '(' && text[^1] == ')') text = text[1..^1];
        ReadOnlySpan<char> g, e;
        int comma = text.IndexOf(',');
        if (comma >= 0) { g = text[..comma].Trim(); e = text[(comma + 1)..].Trim(); }
        else if (text.Length == 8) { g = text[..4]; e = text[4..]; }
        else return false;
        if (g.Length != 4 || e.Length != 4) return false;
        if (!ushort.TryParse(g, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var gv)) return false;
        if (!ushort.TryParse(e, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var ev)) return false;
        tag = new DicomTag(gv, ev);
        return true;
    }

    /// <summary>Parses like <see cref="TryParse"/> and throws <see cref="FormatException"/> on bad text.</summary>
    public static DicomTag Parse(string text) =>
        TryParse(text, out var t) ? t : throw new FormatException($"'{text}' is not a DICOM tag; expected (gggg,eeee) with four hex digits in each part");

    // Frequently used tags that the core itself needs. The full list is DicomTags (generated).
    public static readonly DicomTag FileMetaInformationGroupLength = new(0x0002, 0x0000);
    public static readonly DicomTag TransferSyntaxUid = new(0x0002, 0x0010);
    public static readonly DicomTag SpecificCharacterSet = new(0x0008, 0x0005);
    public static readonly DicomTag PixelData = new(0x7FE0, 0x0010);
    public static readonly DicomTag Item = new(0xFFFE, 0xE000);
    public static readonly DicomTag ItemDelimitationItem = new(0xFFFE, 0xE00D);
    public static readonly DicomTag SequenceDelimitationItem = new(0xFFFE, 0xE0DD);
}
