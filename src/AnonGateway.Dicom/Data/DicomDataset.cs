using System.Collections;
using System.Globalization;
using System.Runtime.InteropServices;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.Text;

namespace AnonGateway.Dicom.Data;

/// <summary>A data set: elements in ascending tag order. Also used for sequence items.</summary>
/// <remarks>Not thread-safe. Items of a sequence know their sequence, so that a string in an item is decoded
/// with the nearest Specific Character Set above it (PS3.5 §7.5.3).</remarks>
public sealed class DicomDataset : IEnumerable<DicomElement>
{
    private readonly List<DicomElement> _elements = [];
    // The last (0008,0005) element decoded and its character set: elements are immutable, so the same instance means the
    // same set (scripts ask for it on every string they read).
    private DicomValueElement? _charsetElement;
    private SpecificCharacterSet? _charset;

    /// <summary>The sequence this data set is an item of, or null for a top-level data set.</summary>
    public DicomSequence? ParentSequence { get; internal set; }

    /// <summary>For an item read with undefined length (kept so a rewrite looks like the original).</summary>
    public bool UndefinedLength { get; set; } = true;

    /// <summary>The number of elements at this level.</summary>
    public int Count => _elements.Count;

    /// <summary>The elements at this level in tag order.</summary>
    public IReadOnlyList<DicomElement> Elements => _elements;

    /// <summary>The nesting depth: 0 for a top-level data set, 1 for an item of a top-level sequence…</summary>
    public int Depth
    {
        get
        {
            int depth = 0;
            for (var ds = ParentSequence?.Parent; ds is not null; ds = ds.ParentSequence?.Parent) depth++;
            return ParentSequence is null ? 0 : depth + 1;
        }
    }

    /// <summary>The character set in force: this data set's (0008,0005), else the enclosing data set's.</summary>
    public SpecificCharacterSet CharacterSet
    {
        get
        {
            for (var ds = this; ds is not null; ds = ds.ParentSequence?.Parent)
            {
                if (ds.Get(DicomTag.SpecificCharacterSet) is DicomValueElement cs)
                {
                    if (!ReferenceEquals(cs, _charsetElement))
                    {
                        _charset = SpecificCharacterSet.FromTerms(SplitValues(DecodeAscii(cs.Value.Memory.Span)));
                        _charsetElement = cs;
                    }
                    return _charset!;
                }
            }
            return SpecificCharacterSet.Default;
        }
    }

    /// <summary>Whether an element with <paramref name="tag"/> exists at this level.</summary>
    public bool Contains(DicomTag tag) => IndexOf(tag) >= 0;

    /// <summary>The element with <paramref name="tag"/> at this level, or null.</summary>
    public DicomElement? Get(DicomTag tag)
    {
        int i = IndexOf(tag);
        return i >= 0 ? _elements[i] : null;
    }

    /// <summary>The element with <paramref name="tag"/> at this level, or null.</summary>
    public DicomElement? this[DicomTag tag] => Get(tag);

    /// <summary>Adds <paramref name="element"/>, replacing an element with the same tag.</summary>
    public void Set(DicomElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element is DicomSequence sq) sq.Parent = this;
        // Readers add in ascending order: the append fast path keeps parsing linear.
        if (_elements.Count == 0 || _elements[^1].Tag < element.Tag)
        {
            _elements.Add(element);
            return;
        }
        int i = IndexOf(element.Tag);
        if (i >= 0) _elements[i] = element;
        else _elements.Insert(~i, element);
    }

    /// <summary>Removes the element with <paramref name="tag"/>; false when there was none.</summary>
    public bool Remove(DicomTag tag)
    {
        int i = IndexOf(tag);
        if (i < 0) return false;
        if (_elements[i] is DicomSequence sq) sq.Parent = null;
        _elements.RemoveAt(i);
        return true;
    }

    /// <summary>Removes every element for which <paramref name="predicate"/> is true; returns how many.</summary>
    public int RemoveAll(Predicate<DicomElement> predicate) => _elements.RemoveAll(predicate);

    /// <summary>A deep copy (value bytes are shared: they are immutable).</summary>
    public DicomDataset Clone()
    {
        var copy = new DicomDataset { UndefinedLength = UndefinedLength };
        foreach (var e in _elements) copy._elements.Add(e.Clone());
        foreach (var e in copy._elements) if (e is DicomSequence sq) sq.Parent = copy;
        return copy;
    }

    // ---- typed access -------------------------------------------------------------------------

    /// <summary>The whole value as text: strings decoded with the character set and stripped of trailing padding
    /// (spaces, NULs); binary numbers formatted and joined with <c>\</c>; AT as <c>GGGGEEEE</c>. Null when absent;
    /// null for a sequence or encapsulated data.</summary>
    public string? GetString(DicomTag tag) => Get(tag) is DicomValueElement e ? FormatValue(e) : null;

    /// <summary>The values of a multi-valued element (split at <c>\</c> for string VRs); empty when absent or empty.</summary>
    public string[] GetStrings(DicomTag tag)
    {
        if (Get(tag) is not DicomValueElement e) return [];
        var text = FormatValue(e);
        if (text.Length == 0) return [];
        return e.VR.IsString() && !e.VR.IsMultiValueString() ? [text] : SplitValues(text);
    }

    /// <summary>Binary values of an element as <typeparamref name="T"/> (little endian); empty when absent.</summary>
    public T[] GetValues<T>(DicomTag tag) where T : unmanaged
    {
        if (Get(tag) is not DicomValueElement e) return [];
        var bytes = e.Value.Memory.Span;
        int size = Marshal.SizeOf<T>();
        return MemoryMarshal.Cast<byte, T>(bytes[..(bytes.Length / size * size)]).ToArray();
    }

    /// <summary>Sets a text value, encoded for <paramref name="vr"/> (numbers parsed for binary VRs) and padded to even length.</summary>
    /// <exception cref="DicomEncodingException">The text cannot be represented in the VR or the character set.</exception>
    public void SetString(DicomTag tag, DicomVR vr, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Set(new DicomValueElement(tag, vr, EncodeValue(vr, value, CharacterSet)));
    }

    /// <summary>Sets a text value with the VR of the existing element, else the dictionary's (UN when unknown, LO for private data).</summary>
    public void SetString(DicomTag tag, string value) => SetString(tag, VRForNewValue(tag), value);

    /// <summary>Sets several values joined with <c>\</c>.</summary>
    public void SetStrings(DicomTag tag, DicomVR vr, IEnumerable<string> values) => SetString(tag, vr, string.Join('\\', values));

    /// <summary>The VR a new value of <paramref name="tag"/> gets: the existing element's, else the dictionary's.</summary>
    public DicomVR VRForNewValue(DicomTag tag)
    {
        if (Get(tag) is { } existing && existing.VR != DicomVR.UN) return existing.VR;
        var vr = DicomDictionary.VROf(tag);
        return vr == DicomVR.UN && tag.IsPrivate ? DicomVR.LO : vr;
    }

    // ---- private blocks (PS3.5 §7.8.1) ---------------------------------------------------------

    /// <summary>The block (00xx) that <paramref name="creator"/> reserves in <paramref name="group"/>, or null.</summary>
    public byte? FindPrivateBlock(ushort group, string creator)
    {
        ArgumentNullException.ThrowIfNull(creator);
        for (int block = 0x10; block <= 0xFF; block++)
        {
            var value = GetString(new DicomTag(group, (ushort)block));
            if (value is not null && string.Equals(value.Trim(), creator.Trim(), StringComparison.Ordinal)) return (byte)block;
        }
        return null;
    }

    /// <summary>The tag of element <paramref name="elementOffset"/> (0x00-0xFF) in <paramref name="creator"/>'s block;
    /// when <paramref name="reserve"/> is set and the creator has no block, the first free block is reserved.</summary>
    public DicomTag? GetPrivateTag(ushort group, string creator, byte elementOffset, bool reserve)
    {
        var block = FindPrivateBlock(group, creator);
        if (block is null && reserve)
        {
            for (int b = 0x10; b <= 0xFF; b++)
            {
                var ct = new DicomTag(group, (ushort)b);
                if (!Contains(ct)) { SetString(ct, DicomVR.LO, creator); block = (byte)b; break; }
            }
        }
        return block is null ? null : new DicomTag(group, (ushort)((block.Value << 8) | elementOffset));
    }

    /// <summary>The creator string that reserves the block of private data element <paramref name="tag"/>, or null.</summary>
    public string? GetPrivateCreator(DicomTag tag) =>
        tag.PrivateCreatorTag is { } ct ? GetString(ct)?.Trim() : null;

    public IEnumerator<DicomElement> GetEnumerator() => _elements.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // ---- value coding ---------------------------------------------------------------------------

    private int IndexOf(DicomTag tag)
    {
        int lo = 0, hi = _elements.Count - 1;
        uint key = tag.Value;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            uint v = _elements[mid].Tag.Value;
            if (v == key) return mid;
            if (v < key) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    private string FormatValue(DicomValueElement e)
    {
        var vr = e.VR;
        if (vr.IsString()) return TrimPadding(CharacterSet.Decode(e.Value.Memory.Span, vr));
        var bytes = e.Value.Memory.Span;
        var inv = CultureInfo.InvariantCulture;
        return vr switch
        {
            DicomVR.US or DicomVR.OW => Join(MemoryMarshal.Cast<byte, ushort>(Even(bytes, 2)), x => x.ToString(inv)),
            DicomVR.SS => Join(MemoryMarshal.Cast<byte, short>(Even(bytes, 2)), x => x.ToString(inv)),
            DicomVR.UL or DicomVR.OL => Join(MemoryMarshal.Cast<byte, uint>(Even(bytes, 4)), x => x.ToString(inv)),
            DicomVR.SL => Join(MemoryMarshal.Cast<byte, int>(Even(bytes, 4)), x => x.ToString(inv)),
            DicomVR.FL or DicomVR.OF => Join(MemoryMarshal.Cast<byte, float>(Even(bytes, 4)), x => x.ToString("R", inv)),
            DicomVR.FD or DicomVR.OD => Join(MemoryMarshal.Cast<byte, double>(Even(bytes, 8)), x => x.ToString("R", inv)),
            DicomVR.SV => Join(MemoryMarshal.Cast<byte, long>(Even(bytes, 8)), x => x.ToString(inv)),
            DicomVR.UV or DicomVR.OV => Join(MemoryMarshal.Cast<byte, ulong>(Even(bytes, 8)), x => x.ToString(inv)),
            DicomVR.AT => Join(MemoryMarshal.Cast<byte, ushort>(Even(bytes, 4)), x => x.ToString("X4", inv), pairs: true),
            _ => Convert.ToHexString(bytes),
        };
    }

    private static ReadOnlySpan<byte> Even(ReadOnlySpan<byte> bytes, int size) => bytes[..(bytes.Length / size * size)];

    private static string Join<T>(ReadOnlySpan<T> values, Func<T, string> format, bool pairs = false)
    {
        var parts = new string[pairs ? values.Length / 2 : values.Length];
        for (int i = 0; i < parts.Length; i++)
            parts[i] = pairs ? format(values[2 * i]) + format(values[2 * i + 1]) : format(values[i]);
        return string.Join('\\', parts);
    }

    /// <summary>Encodes text for a VR: strings in the character set, padded to even length; numbers in binary, little endian.</summary>
    /// <exception cref="DicomEncodingException">The text does not fit the VR.</exception>
    public static byte[] EncodeValue(DicomVR vr, string value, SpecificCharacterSet characterSet)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(characterSet);
        if (vr.IsString() || vr == DicomVR.None)
        {
            if (!characterSet.TryEncode(value, vr, out var bytes))
                throw new DicomEncodingException($"the text cannot be represented in the character set {string.Join('\\', characterSet.Terms)}");
            if ((bytes.Length & 1) == 1)
            {
                Array.Resize(ref bytes, bytes.Length + 1);
                bytes[^1] = vr.PaddingByte();
            }
            return bytes;
        }
        if (value.Length == 0) return [];
        var parts = SplitValues(value);
        var inv = CultureInfo.InvariantCulture;
        try
        {
            return vr switch
            {
                DicomVR.US or DicomVR.OW => Bytes(parts, s => ushort.Parse(s, inv)),
                DicomVR.SS => Bytes(parts, s => short.Parse(s, inv)),
                DicomVR.UL or DicomVR.OL => Bytes(parts, s => uint.Parse(s, inv)),
                DicomVR.SL => Bytes(parts, s => int.Parse(s, inv)),
                DicomVR.FL or DicomVR.OF => Bytes(parts, s => float.Parse(s, inv)),
                DicomVR.FD or DicomVR.OD => Bytes(parts, s => double.Parse(s, inv)),
                DicomVR.SV => Bytes(parts, s => long.Parse(s, inv)),
                DicomVR.UV or DicomVR.OV => Bytes(parts, s => ulong.Parse(s, inv)),
                DicomVR.AT => Bytes(parts, s =>
                {
                    var t = DicomTag.TryParse(s, out var tag) ? tag : throw new FormatException("not a tag");
                    return ((uint)t.Element << 16) | t.Group; // two little-endian 16-bit halves: group first
                }),
                _ => throw new DicomEncodingException($"a text value cannot be written to an element of VR {vr.Code()}"),
            };
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            throw new DicomEncodingException($"'{value}' is not a valid {vr.Code()} value", ex);
        }
    }

    private static byte[] Bytes<T>(string[] parts, Func<string, T> parse) where T : unmanaged
    {
        var values = new T[parts.Length];
        for (int i = 0; i < parts.Length; i++) values[i] = parse(parts[i].Trim());
        return MemoryMarshal.AsBytes(values.AsSpan()).ToArray();
    }

    private static string TrimPadding(string s) => s.TrimEnd(' ', '\0');

    private static string DecodeAscii(ReadOnlySpan<byte> bytes) => System.Text.Encoding.Latin1.GetString(bytes);

    private static string[] SplitValues(string s) => s.Split('\\');
}
