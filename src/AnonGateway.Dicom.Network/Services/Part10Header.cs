using System.Buffers.Binary;
using System.Text;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>ADAPTER (to be replaced by the core): where the data set of a Part 10 file starts, and the three meta
/// UIDs an SCU needs, read without parsing the data set. The core's <c>DicomFile</c> does not expose the data set
/// offset, which is needed to send a file's data set bytes exactly as stored.</summary>
internal sealed record Part10Header(string? SopClassUid, string? SopInstanceUid, string? TransferSyntaxUid, long DataSetOffset)
{
    /// <summary>Reads the meta group of <paramref name="path"/>; null when the file has no preamble + DICM (or its meta
    /// group is not the explicit VR little endian the standard requires).</summary>
    public static Part10Header? TryRead(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        long length = file.Length;
        if (length < 132) return null;
        Span<byte> head = stackalloc byte[132];
        file.ReadExactly(head);
        if (!head[128..].SequenceEqual("DICM"u8)) return null;
        string? sopClass = null, sopInstance = null, ts = null;
        long pos = 132;
        Span<byte> header = stackalloc byte[12];
        while (pos + 8 <= length)
        {
            file.Position = pos;
            file.ReadExactly(header[..8]);
            ushort group = BinaryPrimitives.ReadUInt16LittleEndian(header);
            if (group != 0x0002) break;
            ushort element = BinaryPrimitives.ReadUInt16LittleEndian(header[2..]);
            if (header[4] is < (byte)'A' or > (byte)'Z' || header[5] is < (byte)'A' or > (byte)'Z') return null;
            bool longLength = (header[4], header[5]) is ((byte)'O', _) or ((byte)'S', (byte)'Q') or ((byte)'U', (byte)'N') or ((byte)'U', (byte)'T') or ((byte)'U', (byte)'C') or ((byte)'U', (byte)'R') or ((byte)'U', (byte)'V') or ((byte)'S', (byte)'V');
            long valueLength;
            long valueStart;
            if (longLength)
            {
                if (pos + 12 > length) return null;
                file.ReadExactly(header[8..12]);
                valueLength = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
                valueStart = pos + 12;
            }
            else
            {
                valueLength = BinaryPrimitives.ReadUInt16LittleEndian(header[6..]);
                valueStart = pos + 8;
            }
            if (valueLength > length - valueStart) return null;
            if (element is 0x0002 or 0x0003 or 0x0010 && valueLength <= 64)
            {
                var bytes = new byte[valueLength];
                file.ReadExactly(bytes);
                var text = Encoding.Latin1.GetString(bytes).TrimEnd('\0', ' ');
                if (element == 0x0002) sopClass = text; else if (element == 0x0003) sopInstance = text; else ts = text;
            }
            pos = valueStart + valueLength;
        }
        return new Part10Header(sopClass, sopInstance, ts, pos);
    }
}
