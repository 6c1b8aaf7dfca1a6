namespace AnonGateway.Dicom.Data;

/// <summary>The raw bytes of an element value, always little endian (a big-endian source is swapped when read),
/// either held in memory or left where they are in a file until someone asks for them.</summary>
/// <remarks>Large values (pixel data of a 1 GB object) stay in the file so that reading and rewriting such an
/// object never holds the whole value in memory.</remarks>
public abstract class ElementValue
{
    /// <summary>The empty value.</summary>
    public static ElementValue Empty { get; } = new MemoryElementValue(ReadOnlyMemory<byte>.Empty);

    /// <summary>The number of bytes (even for a well-formed element; odd lengths from damaged files are kept as they came).</summary>
    public abstract long Length { get; }

    /// <summary>Whether the bytes are already in memory (reading <see cref="Memory"/> costs nothing).</summary>
    public abstract bool IsInMemory { get; }

    /// <summary>The bytes; a file-backed value is read on each call, and one over 2 GB cannot be asked for this way.</summary>
    public abstract ReadOnlyMemory<byte> Memory { get; }

    /// <summary>Writes the bytes to <paramref name="destination"/>, streaming a file-backed value in chunks.</summary>
    public abstract void CopyTo(Stream destination);

    /// <summary>Writes the bytes to <paramref name="destination"/>, streaming a file-backed value in chunks.</summary>
    public abstract ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken = default);

    /// <summary>A value held in memory. The caller must not change the bytes afterwards.</summary>
    public static ElementValue FromBytes(ReadOnlyMemory<byte> bytes) => bytes.IsEmpty ? Empty : new MemoryElementValue(bytes);

    /// <summary>A value that lies at <paramref name="offset"/> in <paramref name="path"/>, read only when asked for.</summary>
    public static ElementValue FromFile(string path, long offset, long length) => new FileElementValue(path, offset, length);
}

/// <summary>An element value held in memory.</summary>
internal sealed class MemoryElementValue(ReadOnlyMemory<byte> bytes) : ElementValue
{
    public override long Length => bytes.Length;
    public override bool IsInMemory => true;
    public override ReadOnlyMemory<byte> Memory => bytes;
    public override void CopyTo(Stream destination) => destination.Write(bytes.Span);
    public override ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken = default) =>
        destination.WriteAsync(bytes, cancellationToken);
}

/// <summary>An element value left in its file (a bulk data reference), little endian on disk.</summary>
internal sealed class FileElementValue(string path, long offset, long length) : ElementValue
{
    private const int ChunkSize = 1 << 20;

    public string Path { get; } = path;
    public long Offset { get; } = offset;
    public override long Length => length;
    public override bool IsInMemory => false;

    public override ReadOnlyMemory<byte> Memory
    {
        get
        {
            if (length > Array.MaxLength) throw new InvalidOperationException($"a value of {length} bytes cannot be loaded into memory; stream it with CopyTo");
            var buffer = new byte[length];
            using var stream = Open();
            stream.ReadExactly(buffer);
            return buffer;
        }
    }

    public override void CopyTo(Stream destination)
    {
        using var stream = Open();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(ChunkSize, Math.Max(1, length)));
        try
        {
            long left = length;
            while (left > 0)
            {
                int n = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (n == 0) throw new EndOfStreamException($"{Path} ended inside a value that was there when it was read");
                destination.Write(buffer, 0, n);
                left -= n;
            }
        }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(buffer); }
    }

    public override async ValueTask CopyToAsync(Stream destination, CancellationToken cancellationToken = default)
    {
        await using var stream = Open();
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Min(ChunkSize, Math.Max(1, length)));
        try
        {
            long left = length;
            while (left > 0)
            {
                int n = await stream.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
                if (n == 0) throw new EndOfStreamException($"{Path} ended inside a value that was there when it was read");
                await destination.WriteAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
                left -= n;
            }
        }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(buffer); }
    }

    private FileStream Open()
    {
        var stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        stream.Seek(Offset, SeekOrigin.Begin);
        return stream;
    }
}
