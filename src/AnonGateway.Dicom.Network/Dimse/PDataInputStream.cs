namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>The data set of one received message as a stream over its PDVs (dcm4che's PDV input stream): bytes
/// arrive as the peer sends them, so a sink can copy a data set of any size to a file without holding it.</summary>
/// <remarks>Each PDV is checked as it comes: a data (not command) fragment, on the same presentation context. The
/// stream ends after the last fragment. Reads wait at most the per-operation timeout for each PDU. Asynchronous
/// reads only: a synchronous read would block a thread on the network.</remarks>
public sealed class PDataInputStream : Stream
{
    private readonly DimseChannel _channel;
    private readonly byte _contextId;
    private ReadOnlyMemory<byte> _current;
    private bool _last;

    internal PDataInputStream(DimseChannel channel, byte contextId)
    {
        _channel = channel;
        _contextId = contextId;
    }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Whether the last fragment has been consumed.</summary>
    public bool IsComplete => _last && _current.IsEmpty;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <summary>Not supported: use <see cref="ReadAsync(Memory{byte}, CancellationToken)"/> (or CopyToAsync).</summary>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("PDataInputStream is asynchronous only; use ReadAsync or CopyToAsync");

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (buffer.IsEmpty) return 0;
        while (_current.IsEmpty)
        {
            if (_last) return 0;
            var pdv = await _channel.NextDataPdvAsync(_contextId, cancellationToken).ConfigureAwait(false);
            _current = pdv.Data;
            _last = pdv.IsLastFragment;
        }
        int n = Math.Min(buffer.Length, _current.Length);
        _current.Span[..n].CopyTo(buffer.Span);
        _current = _current[n..];
        BytesRead += n;
        return n;
    }

    /// <summary>Reads and discards the rest of the data set (after a sink stopped early or failed).</summary>
    public async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (!_last)
        {
            var pdv = await _channel.NextDataPdvAsync(_contextId, cancellationToken).ConfigureAwait(false);
            BytesRead += pdv.Data.Length;
            _last = pdv.IsLastFragment;
        }
        _current = ReadOnlyMemory<byte>.Empty;
    }
}
