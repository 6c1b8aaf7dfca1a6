using System.Buffers;
using AnonGateway.Dicom.Network.Transport;
using AnonGateway.Dicom.Network.UpperLayer;

namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>A write-only stream that cuts a command or data set into P-DATA-TF PDUs of one PDV each, no larger
/// than the peer's maximum length, every PDV of even length; <see cref="CompleteAsync"/> sends the last fragment.</summary>
/// <remarks>One PDV per PDU and the command in its own PDUs avoid the peers that reject anything else
/// (fo-dicom#502, #1960). A peer maximum of 0 (unlimited) gets <see cref="UnlimitedFragmentLength"/>.</remarks>
public sealed class PDataOutputStream : Stream
{
    /// <summary>The fragment size used when the peer declares no limit.</summary>
    public const int UnlimitedFragmentLength = 65536;

    private readonly DicomAssociation _association;
    private readonly byte _contextId;
    private readonly bool _isCommand;
    private readonly byte[] _pdu;
    private readonly int _fragmentLength;
    private int _filled;
    private bool _completed;

    /// <summary>Creates the stream for one command or data set on <paramref name="contextId"/>.</summary>
    public PDataOutputStream(DicomAssociation association, byte contextId, bool isCommand, uint peerMaximumPduLength)
    {
        _association = association ?? throw new ArgumentNullException(nameof(association));
        _contextId = contextId;
        _isCommand = isCommand;
        _fragmentLength = FragmentLengthFor(peerMaximumPduLength);
        _pdu = ArrayPool<byte>.Shared.Rent(PduReader.HeaderLength + PduWriter.PdvHeaderLength + _fragmentLength);
    }

    /// <summary>The largest even fragment that fits a PDU of <paramref name="peerMaximumPduLength"/> (the PDU-length
    /// field value, header excluded) with one PDV header; computed in long so that huge limits cannot overflow.</summary>
    public static int FragmentLengthFor(uint peerMaximumPduLength)
    {
        long limit = peerMaximumPduLength == 0 ? UnlimitedFragmentLength : Math.Min((long)peerMaximumPduLength - PduWriter.PdvHeaderLength, PduReader.HardMaximumPduLength);
        limit &= ~1L;
        return (int)Math.Max(2, limit);
    }

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesWritten; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <summary>Synchronous writes would block on the network: use <see cref="WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>.</summary>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("PDataOutputStream is asynchronous only");

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(_completed, this);
        while (!buffer.IsEmpty)
        {
            // Keep the last bytes back until more arrive or CompleteAsync, so the final PDV carries the last-fragment bit.
            if (_filled == _fragmentLength) await SendAsync(last: false, cancellationToken).ConfigureAwait(false);
            int n = Math.Min(buffer.Length, _fragmentLength - _filled);
            buffer.Span[..n].CopyTo(_pdu.AsSpan(PduReader.HeaderLength + PduWriter.PdvHeaderLength + _filled));
            _filled += n;
            BytesWritten += n;
            buffer = buffer[n..];
        }
    }

    /// <summary>Sends what is buffered as the last fragment.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_completed) return;
        await SendAsync(last: true, cancellationToken).ConfigureAwait(false);
        _completed = true;
    }

    private async ValueTask SendAsync(bool last, CancellationToken cancellationToken)
    {
        PduWriter.WritePDataTfHeader(_pdu, (uint)(PduWriter.PdvHeaderLength + _filled));
        PduWriter.WritePdvHeader(_pdu.AsSpan(PduReader.HeaderLength), _contextId, _isCommand, last, _filled);
        await _association.SendPDataAsync(_pdu.AsMemory(0, PduReader.HeaderLength + PduWriter.PdvHeaderLength + _filled), cancellationToken).ConfigureAwait(false);
        _filled = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) ArrayPool<byte>.Shared.Return(_pdu);
        _completed = true;
        base.Dispose(disposing);
    }
}
