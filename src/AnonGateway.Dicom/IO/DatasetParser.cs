using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.IO;

/// <summary>A forward parser of data set elements over a <see cref="DicomInput"/>: sequences to any depth (up to the
/// limit), encapsulated pixel data, undefined lengths, and the real-world damage DCMTK tolerates.</summary>
/// <remarks>Every length is checked against the bytes left in the input (when known) and in the enclosing
/// defined-length item or sequence before anything is allocated. Errors are <see cref="DicomFormatException"/>s
/// carrying the offset of the element at fault.</remarks>
internal sealed class DatasetParser
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private static readonly DicomTag s_pixelRepresentation = new(0x0028, 0x0103);

    private readonly DicomInput _input;
    private readonly DicomReadOptions _options;
    private readonly bool _mayReference;
    private readonly bool _mayShare;

    /// <param name="input">The bytes.</param>
    /// <param name="options">Limits.</param>
    /// <param name="mayReference">Whether big values may be left where they are (little endian, not deflated): in a
    /// seekable file, or in the caller's buffer when <see cref="DicomReadOptions.ShareMemory"/> is set.</param>
    public DatasetParser(DicomInput input, DicomReadOptions options, bool mayReference)
    {
        _input = input;
        _options = options;
        _mayReference = mayReference && input.FilePath is not null;
        _mayShare = mayReference && input.IsMemory && options.ShareMemory;
    }

    private enum Stop { End, ItemDelimiter, SequenceDelimiter }

    /// <summary>Reads elements until the input ends.</summary>
    public void ReadTopLevel(DicomDataset dataset, DicomEncoding encoding) =>
        ReadElements(dataset, encoding, limit: -1, inUndefinedItem: false, depth: 0);

    /// <summary>Reads elements while <paramref name="predicate"/> accepts the next tag (read little endian), stopping
    /// early when the position is exactly <paramref name="stopAt"/> (unless that is -1). For the file meta group.</summary>
    public void ReadWhile(DicomDataset dataset, DicomEncoding encoding, Func<DicomTag, bool> predicate, long stopAt)
    {
        while (_input.Position != stopAt)
        {
            if (!_input.TryEnsure(4)) return;
            var peek = _input.Peek(4);
            var tag = new DicomTag((ushort)(peek[0] | peek[1] << 8), (ushort)(peek[2] | peek[3] << 8));
            if (!predicate(tag)) return;
            ReadOne(dataset, encoding, limit: -1, depth: 0);
        }
    }

    private Stop ReadElements(DicomDataset dataset, DicomEncoding encoding, long limit, bool inUndefinedItem, int depth)
    {
        while (true)
        {
            if (limit >= 0 && _input.Position >= limit) return Stop.End;
            if (!_input.TryEnsure(4))
            {
                if (_input.Available == 0 && !inUndefinedItem && limit < 0) return Stop.End;
                if (_input.Available == 0)
                    throw Error(inUndefinedItem ? "the data ended inside an item of undefined length (no Item Delimitation Item)" : "the data ended inside an item", _input.Position);
                throw Error($"{_input.Available} stray byte(s) at the end, too few for an element", _input.Position);
            }
            var stop = ReadOne(dataset, encoding, limit, depth, inUndefinedItem);
            if (stop is { } s) return s;
        }
    }

    // Reads one element (or delimiter) and adds it to the data set; returns a Stop when a delimiter ends the item.
    private Stop? ReadOne(DicomDataset dataset, DicomEncoding encoding, long limit, int depth, bool inUndefinedItem = false)
    {
        long start = _input.Position;
        Need(8, start, null, limit);
        var tag = ReadTag(encoding);
        if (tag.IsDelimiter)
        {
            uint delimiterLength = _input.ReadUInt32(encoding.BigEndian);
            if (tag == DicomTag.ItemDelimitationItem)
                return inUndefinedItem ? Stop.ItemDelimiter : null; // a stray delimiter: DCMTK warns and goes on
            if (tag == DicomTag.SequenceDelimitationItem)
                return inUndefinedItem ? Stop.SequenceDelimiter : null; // an item that lacks its delimiter, or stray
            if (tag == DicomTag.Item)
                throw Error($"an item {tag} where a data element was expected (outside any sequence)", start);
            throw Error($"unexpected delimiter tag {tag} with length {delimiterLength}", start);
        }

        DicomVR vr;
        uint length;
        if (encoding.ExplicitVR)
        {
            var vrBytes = _input.Peek(2);
            vr = DicomVRInfo.FromBytes(vrBytes[0], vrBytes[1]);
            _input.Advance(2);
            if (vr != DicomVR.None && vr.HasLongLength())
            {
                Need(6, start, tag, limit);
                _input.Advance(2); // reserved
                length = _input.ReadUInt32(encoding.BigEndian);
            }
            else
            {
                // An unknown VR gets a 2-byte length, as DCMTK assumes ("non-standard VR"); the VR stays None ("??").
                length = _input.ReadUInt16(encoding.BigEndian);
            }
        }
        else
        {
            vr = ImplicitVR(tag, dataset);
            length = _input.ReadUInt32(encoding.BigEndian);
        }

        DicomElement element;
        if (length == UndefinedLength)
        {
            if (tag == DicomTag.PixelData && vr != DicomVR.SQ)
            {
                // Encapsulated pixel data is OB (PS3.5 §A.4); writers that said OW are corrected, as DCMTK does.
                element = ReadFragments(tag, DicomVR.OB, encoding, limit);
            }
            else
            {
                // SQ; UN of undefined length is a sequence in implicit VR little endian (CP-246); any other VR of
                // undefined length can only be a sequence too.
                var inner = encoding.ExplicitVR && vr != DicomVR.SQ ? DicomEncoding.ImplicitLittleEndian : encoding;
                element = ReadSequence(tag, inner, definedLength: null, limit, depth + 1, start);
            }
        }
        else if (vr == DicomVR.SQ)
        {
            // A defined-length sequence. (An unknown implicit-VR element of defined length stays a value even when
            // it holds items, as in DCMTK: only its creator knows it is a sequence.)
            CheckLength(tag, length, limit, start);
            element = ReadSequence(tag, encoding, length, limit, depth + 1, start);
        }
        else
        {
            CheckLength(tag, length, limit, start);
            var value = ReadValue(vr, length, encoding, start, tag);
            element = new DicomValueElement(tag, vr, value);
        }

        Add(dataset, element);
        return null;
    }

    private static void Add(DicomDataset dataset, DicomElement element)
    {
        // DCMTK keeps the first of two elements with one tag ("found twice, ignoring second entry").
        if (dataset.Count > 0 && dataset.Elements[^1].Tag >= element.Tag && dataset.Contains(element.Tag)) return;
        dataset.Set(element);
    }

    private DicomSequence ReadSequence(DicomTag tag, DicomEncoding encoding, uint? definedLength, long limit, int depth, long start)
    {
        if (depth > _options.MaxNestingDepth)
            throw Error($"sequence {tag} is nested {depth} deep, more than the limit of {_options.MaxNestingDepth}", start);
        var sequence = new DicomSequence(tag) { UndefinedLength = definedLength is null };
        long end = definedLength is { } n ? _input.Position + n : -1;
        long innerLimit = end >= 0 ? end : limit;
        while (true)
        {
            if (end >= 0 && _input.Position >= end)
            {
                if (_input.Position > end) throw Error($"the items of sequence {tag} run past its length {definedLength}", start);
                break;
            }
            long itemStart = _input.Position;
            if (!_input.TryEnsure(8))
                throw Error(definedLength is null
                    ? $"the data ended inside sequence {tag} (no Sequence Delimitation Item)"
                    : $"the data ended inside sequence {tag}", itemStart);
            var itemTag = ReadTag(encoding);
            uint itemLength = _input.ReadUInt32(encoding.BigEndian);
            if (itemTag == DicomTag.SequenceDelimitationItem)
            {
                if (definedLength is null) break;
                continue; // stray in a defined-length sequence: tolerated
            }
            if (itemTag == DicomTag.ItemDelimitationItem) continue; // stray: tolerated
            if (itemTag != DicomTag.Item)
                throw Error($"sequence {tag} holds {itemTag} where an item (FFFE,E000) was expected", itemStart);

            var item = new DicomDataset { UndefinedLength = itemLength == UndefinedLength };
            sequence.Add(item);
            if (itemLength == UndefinedLength)
            {
                if (ReadElements(item, encoding, innerLimit, inUndefinedItem: true, depth) == Stop.SequenceDelimiter) break;
            }
            else
            {
                CheckLength(itemTag, itemLength, innerLimit, itemStart, "item in sequence " + tag);
                long itemEnd = _input.Position + itemLength;
                ReadElements(item, encoding, itemEnd, inUndefinedItem: false, depth);
                if (_input.Position != itemEnd) throw Error($"an element of an item in sequence {tag} runs past the item's length {itemLength}", itemStart);
            }
        }
        return sequence;
    }

    private DicomFragmentSequence ReadFragments(DicomTag tag, DicomVR vr, DicomEncoding encoding, long limit)
    {
        ElementValue? offsetTable = null;
        var fragments = new List<ElementValue>();
        while (true)
        {
            long itemStart = _input.Position;
            if (!_input.TryEnsure(8))
                throw Error($"encapsulated pixel data {tag} ended without a Sequence Delimitation Item", itemStart);
            var itemTag = ReadTag(encoding);
            uint itemLength = _input.ReadUInt32(encoding.BigEndian);
            if (itemTag == DicomTag.SequenceDelimitationItem) break;
            if (itemTag != DicomTag.Item)
                throw Error($"encapsulated pixel data {tag} holds {itemTag} where a fragment item (FFFE,E000) was expected", itemStart);
            if (itemLength == UndefinedLength)
                throw Error($"a fragment of encapsulated pixel data {tag} has undefined length", itemStart);
            CheckLength(itemTag, itemLength, limit, itemStart, "fragment of " + tag);
            // Fragments are byte streams: never swapped.
            var value = ReadValue(DicomVR.OB, itemLength, encoding, itemStart, itemTag);
            if (offsetTable is null) offsetTable = value;
            else fragments.Add(value);
        }
        return new DicomFragmentSequence(tag, vr, offsetTable ?? ElementValue.Empty, fragments);
    }

    private ElementValue ReadValue(DicomVR vr, uint length, DicomEncoding encoding, long start, DicomTag tag)
    {
        if (length == 0) return ElementValue.Empty;
        if (_mayReference && !encoding.BigEndian && length >= _options.LargeValueThreshold)
        {
            long offset = _input.Position;
            if (!_input.TrySkip(length)) throw Truncated(tag, length, start);
            return ElementValue.FromFile(_input.FilePath!, offset, length);
        }
        if (_mayShare && length >= _options.LargeValueThreshold)
        {
            if (!_input.TryReadSlice(length, out var slice)) throw Truncated(tag, length, start);
            return ElementValue.FromBytes(slice);
        }
        if (!_input.TryReadBytes(length, out var bytes)) throw Truncated(tag, length, start);
        if (encoding.BigEndian)
        {
            int unit = vr == DicomVR.None ? 1 : vr.SwapUnit();
            if (unit > 1) ByteSwap.InPlace(bytes, unit);
        }
        return ElementValue.FromBytes(bytes);
    }

    private DicomTag ReadTag(DicomEncoding encoding)
    {
        ushort group = _input.ReadUInt16(encoding.BigEndian);
        ushort element = _input.ReadUInt16(encoding.BigEndian);
        return new DicomTag(group, element);
    }

    /// <summary>The VR of an element read in implicit VR: the dictionary's (UN when unknown; private creators LO).
    /// "US or SS" is SS when the data set's Pixel Representation (0028,0103), read before it, is 1 (signed).</summary>
    internal static DicomVR ImplicitVR(DicomTag tag, DicomDataset? dataset = null)
    {
        var entry = DicomDictionary.Lookup(tag);
        if (entry is null) return DicomVR.UN;
        if (entry.AlternativeVRs.Length > 1 && Array.IndexOf(entry.AlternativeVRs, DicomVR.SS) >= 0 && Array.IndexOf(entry.AlternativeVRs, DicomVR.US) >= 0)
            return dataset?.Get(s_pixelRepresentation) is DicomValueElement { Length: 2 } pr && pr.Value.Memory.Span[0] == 1 ? DicomVR.SS : DicomVR.US;
        // "OB or OW" is OW in implicit VR (PS3.5 §A.1: pixel data, overlays, LUTs).
        if (entry.AlternativeVRs.Length > 1 && Array.IndexOf(entry.AlternativeVRs, DicomVR.OW) >= 0) return DicomVR.OW;
        return entry.VR == DicomVR.None ? DicomVR.UN : entry.VR;
    }

    private void Need(int count, long start, DicomTag? tag, long limit)
    {
        if (limit >= 0 && _input.Position + count > limit)
            throw Error(tag is { } t ? $"the header of element {t} runs past the end of its item" : "an element header runs past the end of its item", start);
        if (!_input.TryEnsure(count))
            throw Error(tag is { } t2 ? $"the data ended inside the header of element {t2}" : $"the data ended inside an element header ({_input.Available} of {count} bytes)", start);
    }

    private void CheckLength(DicomTag tag, uint length, long limit, long start, string? what = null)
    {
        var name = what ?? "element " + tag;
        if (_input.Remaining is { } left && length > left)
            throw Error($"{name} length {length} exceeds the {left} bytes left", start);
        if (limit >= 0 && _input.Position + length > limit)
            throw Error($"{name} length {length} exceeds the {limit - _input.Position} bytes left in its item", start);
    }

    private DicomFormatException Truncated(DicomTag tag, uint length, long start) =>
        Error($"the data ended inside the value of element {tag} (length {length})", start);

    private static DicomFormatException Error(string message, long offset) => new(message, offset);
}
