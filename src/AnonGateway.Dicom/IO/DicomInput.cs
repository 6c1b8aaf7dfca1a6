using System.Buffers;
using System.Buffers.Binary;

namespace AnonGateway.Dicom.IO;

/// <summary>The bytes a reader parses: an in-memory buffer, or a stream read through a pooled buffer.
/// Tracks the absolute offset for error messages and knows how many bytes are left when the total is known.</summary>
internal sealed class DicomInput : IDisposable
{
    private const int DefaultBufferSize = 64 * 1024;
    // A value of unknown true size (deflated or network input) is grown in steps of this size, so that a bogus
    // length can cost at most as much memory as there really are bytes.
    private const int GrowStep = 1 << 20;

    private readonly Stream? _stream;
    private readonly ReadOnlyMemory<byte> _memory;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _bufferOrigin; // absolute offset of _buffer[0] (stream mode) or of _memory[0] (memory mode)
    private bool _eof;
    private bool _disposed;

    /// <summary>Reads an in-memory buffer that starts at absolute offset <paramref name="baseOffset"/>.</summary>
    public DicomInput(ReadOnlyMemory<byte> memory, long baseOffset = 0)
    {
        _memory = memory;
        _buffer = [];
        _end = memory.Length;
        _bufferOrigin = baseOffset;
        _eof = true;
        Length = baseOffset + memory.Length;
    }

    /// <summary>Reads <paramref name="stream"/> from its current position, which is absolute offset
    /// <paramref name="baseOffset"/> (the stream's own position when it can seek and no offset is given).</summary>
    public DicomInput(Stream stream, long? baseOffset = null, string? filePath = null)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(DefaultBufferSize);
        bool canSeek = stream.CanSeek;
        _bufferOrigin = baseOffset ?? (canSeek ? stream.Position : 0);
        if (canSeek && baseOffset is null) Length = stream.Length;
        FilePath = canSeek ? filePath : null;
    }

    /// <summary>The absolute offset of the next byte.</summary>
    public long Position => _bufferOrigin + _start;

    /// <summary>The absolute offset of the end, when known (a file, a buffer); null for a deflated or network stream.</summary>
    public long? Length { get; }

    /// <summary>Bytes left before the end, when known.</summary>
    public long? Remaining => Length - Position;

    /// <summary>The file the stream reads, when values may be left there and referenced by offset.</summary>
    public string? FilePath { get; }

    /// <summary>Whether the bytes are an in-memory buffer (values can be slices of it).</summary>
    public bool IsMemory => _stream is null;

    private ReadOnlySpan<byte> Window => IsMemory ? _memory.Span[_start.._end] : _buffer.AsSpan(_start, _end - _start);

    /// <summary>Bytes buffered and not consumed (after a failed <see cref="TryEnsure"/>, all that is left).</summary>
    public int Available => _end - _start;

    /// <summary>Makes at least <paramref name="count"/> bytes (at most the buffer size) available; false at the end.</summary>
    public bool TryEnsure(int count)
    {
        if (_end - _start >= count) return true;
        if (_eof || IsMemory) return false;
        if (count > _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(count);
            Buffer.BlockCopy(_buffer, _start, bigger, 0, _end - _start);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
            _bufferOrigin += _start;
            _end -= _start;
            _start = 0;
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOrigin += _start;
            _end -= _start;
            _start = 0;
        }
        while (_end - _start < count)
        {
            int n = _stream!.Read(_buffer, _end, _buffer.Length - _end);
            if (n == 0) { _eof = true; return false; }
            _end += n;
        }
        return true;
    }

    /// <summary>The next <paramref name="count"/> bytes without consuming them; call <see cref="TryEnsure"/> first.</summary>
    public ReadOnlySpan<byte> Peek(int count) => Window[..count];

    /// <summary>Consumes <paramref name="count"/> buffered bytes.</summary>
    public void Advance(int count) => _start += count;

    public ushort ReadUInt16(bool bigEndian)
    {
        var s = Window;
        ushort v = bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(s) : BinaryPrimitives.ReadUInt16LittleEndian(s);
        _start += 2;
        return v;
    }

    public uint ReadUInt32(bool bigEndian)
    {
        var s = Window;
        uint v = bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(s) : BinaryPrimitives.ReadUInt32LittleEndian(s);
        _start += 4;
        return v;
    }

    /// <summary>Reads exactly <paramref name="length"/> bytes into a new array; false when the input ends first.
    /// The caller has checked the length against <see cref="Remaining"/> when that is known.</summary>
    public bool TryReadBytes(long length, out byte[] bytes)
    {
        if (length > Array.MaxLength) { bytes = []; return false; }
        int len = (int)length;
        int buffered = Math.Min(len, _end - _start);
        if (IsMemory)
        {
            bytes = buffered == len ? Window[..len].ToArray() : [];
            if (buffered == len) _start += len;
            return buffered == len;
        }
        if (Length is not null || len <= GrowStep)
        {
            bytes = len == 0 ? [] : new byte[len];
            Window[..buffered].CopyTo(bytes);
            _start += buffered;
            return FillFromStream(bytes, buffered);
        }
        // Unknown total: grow as the bytes really arrive.
        var grown = new byte[GrowStep];
        Window[..buffered].CopyTo(grown);
        _start += buffered;
        int filled = buffered;
        while (filled < len)
        {
            if (filled == grown.Length) Array.Resize(ref grown, (int)Math.Min(len, (long)grown.Length * 2));
            int n = ReadDirect(grown.AsSpan(filled, Math.Min(grown.Length, len) - filled));
            if (n == 0) { bytes = []; return false; }
            filled += n;
        }
        bytes = grown.Length == len ? grown : grown[..len];
        return true;
    }

    /// <summary>Memory mode only: the next <paramref name="length"/> bytes as a slice of the caller's buffer (no copy);
    /// false when the buffer ends first.</summary>
    public bool TryReadSlice(long length, out ReadOnlyMemory<byte> slice)
    {
        if (!IsMemory) throw new InvalidOperationException("slices exist only for in-memory input");
        if (length > _end - _start) { slice = default; return false; }
        slice = _memory.Slice(_start, (int)length);
        _start += (int)length;
        return true;
    }

    private bool FillFromStream(byte[] bytes, int filled)
    {
        while (filled < bytes.Length)
        {
            int n = ReadDirect(bytes.AsSpan(filled));
            if (n == 0) return false;
            filled += n;
        }
        return true;
    }

    // Reads past the (empty) buffer straight into the destination; keeps Position right.
    private int ReadDirect(Span<byte> destination)
    {
        if (_eof) return 0;
        int n = _stream!.Read(destination);
        if (n == 0) _eof = true;
        _bufferOrigin += n;
        return n;
    }

    /// <summary>Skips <paramref name="length"/> bytes (seeking when possible); false when the input ends first.</summary>
    public bool TrySkip(long length)
    {
        long buffered = _end - _start;
        if (length <= buffered) { _start += (int)length; return true; }
        if (IsMemory) return false;
        long rest = length - buffered;
        _bufferOrigin += _end;
        _start = _end = 0;
        if (_stream!.CanSeek)
        {
            long target = _stream.Position + rest;
            if (target > _stream.Length) return false;
            _stream.Seek(rest, SeekOrigin.Current);
            _bufferOrigin += rest;
            return true;
        }
        var scratch = ArrayPool<byte>.Shared.Rent(DefaultBufferSize);
        try
        {
            while (rest > 0)
            {
                int n = ReadDirect(scratch.AsSpan(0, (int)Math.Min(scratch.Length, rest)));
                if (n == 0) return false;
                rest -= n;
            }
            return true;
        }
        finally { ArrayPool<byte>.Shared.Return(scratch); }
    }

    /// <summary>The rest of the input as a stream (for inflating a deflated data set after the meta group).</summary>
    public Stream RemainingAsStream() => new RemainderStream(this);

    private int ReadSome(Span<byte> destination)
    {
        int buffered = _end - _start;
        if (buffered > 0)
        {
            int n = Math.Min(buffered, destination.Length);
            Window[..n].CopyTo(destination);
            _start += n;
            return n;
        }
        return IsMemory ? 0 : ReadDirect(destination);
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        if (!IsMemory) ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _start = _end = 0;
    }

    /// <summary>A read-only, forward-only view of what is left of a <see cref="DicomInput"/>.</summary>
    private sealed class RemainderStream(DicomInput input) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => input.ReadSome(buffer.AsSpan(offset, count));
        public override int Read(Span<byte> buffer) => input.ReadSome(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
