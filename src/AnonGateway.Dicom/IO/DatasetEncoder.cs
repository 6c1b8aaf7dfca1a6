using System.Buffers;
using System.Buffers.Binary;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.IO;

/// <summary>Encodes data set elements onto a stream in one encoding (explicit/implicit VR, byte order).</summary>
/// <remarks>Rules: odd-length values are padded to even with the VR's padding byte (NUL for UI and binary, space for
/// other strings; DCMTK tolerates odd lengths on read but PS3.5 §7.1.1 requires even ones); an element whose VR is
/// unknown ("??") or whose value is too long for a 2-byte length is written as UN; group length elements (gggg,0000)
/// that are present get their value recomputed (DCMTK's default "recalculate if present"); sequences and items keep the
/// defined or undefined length they were read with (a defined length that would not fit 32 bits becomes undefined);
/// encapsulated pixel data is written back fragment by fragment, untouched.</remarks>
internal sealed class DatasetEncoder(Stream destination, DicomEncoding encoding, bool encapsulatedAllowed)
{
    private const uint Undefined = 0xFFFFFFFF;
    private readonly bool _be = encoding.BigEndian;

    public void WriteDataset(DicomDataset dataset)
    {
        var elements = dataset.Elements;
        Span<byte> value = stackalloc byte[4];
        for (int i = 0; i < elements.Count; i++)
        {
            var e = elements[i];
            if (IsGroupLength(e))
            {
                long groupSize = 0;
                for (int j = i + 1; j < elements.Count && elements[j].Tag.Group == e.Tag.Group; j++) groupSize += SizeOf(elements[j]);
                BinaryPrimitives.WriteUInt32LittleEndian(value, (uint)Math.Min(groupSize, uint.MaxValue));
                WriteValueElement(e.Tag, DicomVR.UL, value);
                continue;
            }
            WriteElement(e);
        }
    }

    private static bool IsGroupLength(DicomElement e) =>
        e.Tag.Element == 0 && !e.Tag.IsDelimiter && e is DicomValueElement { Length: 4 } && e.VR == DicomVR.UL;

    public void WriteElement(DicomElement element)
    {
        switch (element)
        {
            case DicomValueElement v: WriteValueElement(v); break;
            case DicomSequence sq: WriteSequence(sq); break;
            case DicomFragmentSequence fs: WriteFragments(fs); break;
            default: throw new InvalidOperationException($"cannot encode element type {element.GetType().Name}");
        }
    }

    private void WriteValueElement(DicomValueElement element)
    {
        long length = element.Length;
        if (length > uint.MaxValue - 1) throw new DicomEncodingException($"element {element.Tag} is {length} bytes long, more than a 32-bit length can hold");
        var vr = WireVR(element.VR, length);
        long padded = length + (length & 1);
        WriteHeader(element.Tag, vr, (uint)padded);
        var value = element.Value;
        int unit = _be ? SwapUnitOf(element.VR) : 1;
        if (unit > 1 || !value.IsInMemory && _be)
        {
            WriteSwapped(value.Memory.Span, unit);
        }
        else
        {
            value.CopyTo(destination);
        }
        if ((length & 1) == 1) destination.WriteByte(element.VR.PaddingByte());
    }

    private void WriteValueElement(DicomTag tag, DicomVR vr, ReadOnlySpan<byte> littleEndianValue)
    {
        WriteHeader(tag, vr, (uint)littleEndianValue.Length);
        WriteSwapped(littleEndianValue, _be ? SwapUnitOf(vr) : 1);
    }

    private static int SwapUnitOf(DicomVR vr) => vr == DicomVR.None ? 1 : vr.SwapUnit();

    private void WriteSwapped(ReadOnlySpan<byte> bytes, int unit)
    {
        if (unit <= 1) { destination.Write(bytes); return; }
        var rented = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 16));
        try
        {
            // Chunks are multiples of 8, so every unit of 2, 4 or 8 bytes stays whole.
            int chunk = rented.Length & ~7;
            for (int offset = 0; offset < bytes.Length; offset += chunk)
            {
                int n = Math.Min(chunk, bytes.Length - offset);
                var part = rented.AsSpan(0, n);
                bytes.Slice(offset, n).CopyTo(part);
                ByteSwap.InPlace(part, unit);
                destination.Write(part);
            }
        }
        finally { ArrayPool<byte>.Shared.Return(rented); }
    }

    private void WriteSequence(DicomSequence sequence)
    {
        long content = SequenceContentSize(sequence);
        bool undefined = sequence.UndefinedLength || content > uint.MaxValue - 1;
        WriteHeader(sequence.Tag, DicomVR.SQ, undefined ? Undefined : (uint)content);
        foreach (var item in sequence.Items)
        {
            long itemSize = DatasetSize(item);
            bool itemUndefined = item.UndefinedLength || itemSize > uint.MaxValue - 1;
            WriteItemHeader(DicomTag.Item, itemUndefined ? Undefined : (uint)itemSize);
            WriteDataset(item);
            if (itemUndefined) WriteItemHeader(DicomTag.ItemDelimitationItem, 0);
        }
        if (undefined) WriteItemHeader(DicomTag.SequenceDelimitationItem, 0);
    }

    private void WriteFragments(DicomFragmentSequence fragments)
    {
        if (!encapsulatedAllowed)
            throw new DicomEncodingException($"encapsulated pixel data {fragments.Tag} cannot be written in a native transfer syntax (no transcoding)");
        WriteHeader(fragments.Tag, fragments.VR is DicomVR.OB or DicomVR.OW ? fragments.VR : DicomVR.OB, Undefined);
        WriteItemHeader(DicomTag.Item, (uint)fragments.OffsetTable.Length);
        fragments.OffsetTable.CopyTo(destination);
        foreach (var f in fragments.Fragments)
        {
            WriteItemHeader(DicomTag.Item, (uint)f.Length);
            f.CopyTo(destination);
        }
        WriteItemHeader(DicomTag.SequenceDelimitationItem, 0);
    }

    private void WriteHeader(DicomTag tag, DicomVR vr, uint length)
    {
        Span<byte> h = stackalloc byte[12];
        WriteTag(h, tag);
        int size;
        if (!encoding.ExplicitVR)
        {
            WriteUInt32(h[4..], length);
            size = 8;
        }
        else
        {
            h[4] = (byte)((ushort)vr >> 8);
            h[5] = (byte)vr;
            if (vr.HasLongLength())
            {
                h[6] = 0;
                h[7] = 0;
                WriteUInt32(h[8..], length);
                size = 12;
            }
            else
            {
                if (_be) BinaryPrimitives.WriteUInt16BigEndian(h[6..], (ushort)length);
                else BinaryPrimitives.WriteUInt16LittleEndian(h[6..], (ushort)length);
                size = 8;
            }
        }
        destination.Write(h[..size]);
    }

    private void WriteItemHeader(DicomTag tag, uint length)
    {
        Span<byte> h = stackalloc byte[8];
        WriteTag(h, tag);
        WriteUInt32(h[4..], length);
        destination.Write(h);
    }

    private void WriteTag(Span<byte> h, DicomTag tag)
    {
        if (_be)
        {
            BinaryPrimitives.WriteUInt16BigEndian(h, tag.Group);
            BinaryPrimitives.WriteUInt16BigEndian(h[2..], tag.Element);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(h, tag.Group);
            BinaryPrimitives.WriteUInt16LittleEndian(h[2..], tag.Element);
        }
    }

    private void WriteUInt32(Span<byte> h, uint value)
    {
        if (_be) BinaryPrimitives.WriteUInt32BigEndian(h, value);
        else BinaryPrimitives.WriteUInt32LittleEndian(h, value);
    }

    /// <summary>The VR written for a value of <paramref name="length"/> bytes.</summary>
    private static DicomVR WireVR(DicomVR vr, long length) =>
        vr == DicomVR.None || vr == DicomVR.SQ || (!vr.HasLongLength() && length > 0xFFFF) ? DicomVR.UN : vr;

    // ---- sizes --------------------------------------------------------------------------------------------

    /// <summary>Bytes the data set's elements take in this encoding.</summary>
    public long DatasetSize(DicomDataset dataset)
    {
        long size = 0;
        foreach (var e in dataset.Elements) size += SizeOf(e);
        return size;
    }

    /// <summary>Bytes one element takes in this encoding, header included.</summary>
    public long SizeOf(DicomElement element)
    {
        switch (element)
        {
            case DicomValueElement v:
                long padded = v.Length + (v.Length & 1);
                return HeaderSize(WireVR(v.VR, v.Length)) + padded;
            case DicomSequence sq:
                long content = SequenceContentSize(sq);
                bool undefined = sq.UndefinedLength || content > uint.MaxValue - 1;
                return HeaderSize(DicomVR.SQ) + content + (undefined ? 8 : 0);
            case DicomFragmentSequence fs:
                long total = HeaderSize(DicomVR.OB) + 8 + fs.OffsetTable.Length + 8;
                foreach (var f in fs.Fragments) total += 8 + f.Length;
                return total;
            default:
                return 0;
        }
    }

    private long SequenceContentSize(DicomSequence sequence)
    {
        long size = 0;
        foreach (var item in sequence.Items)
        {
            long itemSize = DatasetSize(item);
            bool undefined = item.UndefinedLength || itemSize > uint.MaxValue - 1;
            size += 8 + itemSize + (undefined ? 8 : 0);
        }
        return size;
    }

    private int HeaderSize(DicomVR vr) => !encoding.ExplicitVR ? 8 : vr.HasLongLength() ? 12 : 8;
}
