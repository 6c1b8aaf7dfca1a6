using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace AnonGateway.Dicom.IO;

/// <summary>Reverses the byte order of each value unit in place (big endian ↔ the model's little endian).</summary>
internal static class ByteSwap
{
    /// <summary>Swaps every whole unit of <paramref name="unit"/> bytes (2, 4 or 8); a trailing partial unit is left alone.</summary>
    public static void InPlace(Span<byte> bytes, int unit)
    {
        switch (unit)
        {
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(bytes[..(bytes.Length & ~1)]);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(bytes[..(bytes.Length & ~3)]);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                var u64 = MemoryMarshal.Cast<byte, ulong>(bytes[..(bytes.Length & ~7)]);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
        }
    }
}
