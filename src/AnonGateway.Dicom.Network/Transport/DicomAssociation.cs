using System.Buffers;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;
using AnonGateway.Dicom.Network.UpperLayer.StateMachine;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Dicom.Network.Transport;

/// <summary>One association over one transport connection: the upper layer state machine driven by the PDUs
/// read and written here (one reader, one serialized writer).</summary>
/// <remarks>
/// Every PDU received and every primitive requested goes through <see cref="UpperLayerStateMachine.Fire"/>, and
/// the action it returns is what happens. Protocol errors become Evt19; a closed or broken connection Evt17; an
/// expired ARTIM Evt18. After sending an A-ABORT the connection is closed at once (we do not wait in Sta13 for
/// the peer); after an A-ASSOCIATE-RJ or A-RELEASE-RP we wait at most ARTIM for the peer to close.
/// Not thread-safe: one task drives an association.
/// </remarks>
public sealed class DicomAssociation : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly PipeReader _reader;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly UpperLayerStateMachine _machine;
    private readonly ILogger _logger;
    private readonly uint _ourMaximumPduLength;
    private byte[]? _scratch;
    private int _closed;
    private bool _sniffed;

    private DicomAssociation(Stream stream, bool isRequestor, IPEndPoint? remote, uint ourMaximumPduLength, DicomNetworkTimeouts timeouts, ILogger logger, string id)
    {
        _stream = stream;
        // Zero-byte reads: an idle connection waits for data before it rents its 64 KiB buffer, so hundreds of
        // silent peers cost almost nothing.
        _reader = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 65536, minimumReadSize: 4096, leaveOpen: true, useZeroByteReads: true));
        _machine = new UpperLayerStateMachine(isRequestor);
        _ourMaximumPduLength = ourMaximumPduLength;
        RemoteEndPoint = remote;
        Timeouts = timeouts;
        _logger = logger;
        Id = id;
    }

    /// <summary>A short name for logs.</summary>
    public string Id { get; private set; }

    /// <summary>The current upper layer state.</summary>
    public UlState State => _machine.State;

    /// <summary>The peer's address.</summary>
    public IPEndPoint? RemoteEndPoint { get; }

    /// <summary>The timeouts in force.</summary>
    public DicomNetworkTimeouts Timeouts { get; }

    /// <summary>The agreed parameters once the association is established.</summary>
    public AssociationParameters? Parameters { get; private set; }

    /// <summary>What the first bytes looked like when they were not DICOM (TLS, HTTP), for the acceptor's log.</summary>
    public SniffedProtocol? WrongProtocol { get; private set; }

    // ---- acceptor ---------------------------------------------------------------------------------

    /// <summary>Wraps an accepted connection (Sta1; <see cref="ReceiveRequestAsync"/> fires Evt5).</summary>
    public static DicomAssociation ForAcceptor(Stream stream, IPEndPoint? remote, uint ourMaximumPduLength, DicomNetworkTimeouts timeouts, ILogger logger, string id)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return new DicomAssociation(stream, isRequestor: false, remote, ourMaximumPduLength, timeouts ?? DicomNetworkTimeouts.Default, logger, id);
    }

    /// <summary>Evt5 (AE-5: start ARTIM), then waits at most ARTIM for the A-ASSOCIATE-RQ. Null when the connection
    /// ended instead (timeout, close, wrong protocol, another PDU); the connection is then closed.</summary>
    public async Task<AAssociateRqPdu?> ReceiveRequestAsync(CancellationToken cancellationToken)
    {
        Fire(UlEvent.Evt5);
        var r = await ReadEventAsync(Timeouts.Artim, cancellationToken).ConfigureAwait(false);
        if (r.TimedOut)
        {
            NetworkLog.TimedOut(_logger, Id, "ARTIM", Timeouts.Artim.TotalSeconds, State);
            Fire(UlEvent.Evt18);
            await CloseAsync().ConfigureAwait(false);
            return null;
        }
        if (r.Event == UlEvent.Evt6) return (AAssociateRqPdu)r.Pdu!;
        if (r.Event == UlEvent.Evt19 && WrongProtocol is { } p and not SniffedProtocol.Dicom and not SniffedProtocol.Unknown)
        {
            // A TLS or HTTP client would not understand an A-ABORT: close at once.
            NetworkLog.WrongProtocol(_logger, RemoteEndPoint, p);
            Fire(UlEvent.Evt19);
            await CloseAsync().ConfigureAwait(false);
            return null;
        }
        await HandleUnexpectedAsync(Fire(r.Event), r).ConfigureAwait(false);
        return null;
    }

    /// <summary>Answers the request: Evt6 then Evt7 (AE-7, send A-ASSOCIATE-AC, Sta6) or Evt8 (AE-8, send
    /// A-ASSOCIATE-RJ, Sta13, then wait at most ARTIM for the peer to close).</summary>
    /// <returns>Whether the association is established.</returns>
    public async Task<bool> RespondAsync(AssociationNegotiation negotiation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(negotiation);
        Fire(UlEvent.Evt6, acceptable: true);
        if (negotiation.IsAccepted)
        {
            Fire(UlEvent.Evt7);
            Parameters = negotiation.Parameters;
            Id = $"{Id} {Parameters!.CallingAETitle}->{Parameters.CalledAETitle}";
            await WritePduAsync(negotiation.Accept!, cancellationToken).ConfigureAwait(false);
            return true;
        }
        Fire(UlEvent.Evt8);
        await WritePduAsync(negotiation.Reject!, cancellationToken).ConfigureAwait(false);
        await AwaitCloseAsync(cancellationToken).ConfigureAwait(false);
        return false;
    }

    // ---- requestor --------------------------------------------------------------------------------

    /// <summary>Requests an association: Evt1 (AE-1, connect), Evt2 (AE-2, send A-ASSOCIATE-RQ), then waits for
    /// the A-ASSOCIATE-AC (AE-3, Sta6) or -RJ (AE-4).</summary>
    /// <exception cref="DicomNetworkException">Connection refused or timed out, association rejected or aborted.</exception>
    public static async Task<DicomAssociation> RequestAsync(string host, int port, AAssociateRqPdu request, DicomNetworkTimeouts? timeouts, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(logger);
        timeouts ??= DicomNetworkTimeouts.Default;
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using (var connectCts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                connectCts.CancelAfter(timeouts.Connect);
                try { await socket.ConnectAsync(host, port, connectCts.Token).ConfigureAwait(false); }
                catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    throw new DicomNetworkException(DicomFailureKind.ConnectionTimedOut, $"connecting to {host}:{port} timed out after {timeouts.Connect.TotalSeconds} s");
                }
                catch (SocketException ex)
                {
                    var kind = ex.SocketErrorCode is SocketError.TimedOut ? DicomFailureKind.ConnectionTimedOut : DicomFailureKind.ConnectionRefused;
                    throw new DicomNetworkException(kind, $"connecting to {host}:{port} failed: {ex.Message}", ex);
                }
            }
            var stream = new NetworkStream(socket, ownsSocket: true);
            var ourMax = request.UserInformation.MaximumLength?.MaximumLength ?? 0;
            var association = new DicomAssociation(stream, isRequestor: true, socket.RemoteEndPoint as IPEndPoint, ourMax, timeouts, logger,
                $"{request.CallingAETitle}->{request.CalledAETitle}@{host}:{port}");
            socket = null!;
            try
            {
                await association.EstablishAsync(request, cancellationToken).ConfigureAwait(false);
                return association;
            }
            catch
            {
                await association.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            socket?.Dispose();
        }
    }

    private async Task EstablishAsync(AAssociateRqPdu request, CancellationToken cancellationToken)
    {
        Fire(UlEvent.Evt1);
        Fire(UlEvent.Evt2);
        await WritePduAsync(request, cancellationToken).ConfigureAwait(false);
        var r = await ReadEventAsync(Timeouts.Association, cancellationToken).ConfigureAwait(false);
        if (r.TimedOut)
        {
            await AbortAsync(cancellationToken).ConfigureAwait(false);
            throw new DicomNetworkException(DicomFailureKind.TimedOut, $"no A-ASSOCIATE-AC/RJ within {Timeouts.Association.TotalSeconds} s");
        }
        var t = Fire(r.Event);
        switch (t.Action)
        {
            case UlAction.AE3:
                Parameters = ParametersFromAccept(request, (AAssociateAcPdu)r.Pdu!);
                return;
            case UlAction.AE4:
            {
                var rj = (AAssociateRjPdu)r.Pdu!;
                await CloseAsync().ConfigureAwait(false);
                var kind = rj.Result == RejectResult.Transient ? DicomFailureKind.AssociationRejectedTransient : DicomFailureKind.AssociationRejectedPermanent;
                throw new DicomNetworkException(kind, $"association rejected ({(rj.Result == RejectResult.Transient ? "transient" : "permanent")}, {rj.Reason})") { Rejection = rj };
            }
            default:
                await HandleUnexpectedAsync(t, r).ConfigureAwait(false);
                throw FailureFor(t, r);
        }
    }

    private AssociationParameters ParametersFromAccept(AAssociateRqPdu rq, AAssociateAcPdu ac)
    {
        var proposed = rq.PresentationContexts.ToDictionary(p => p.PresentationContextId);
        var contexts = new Dictionary<byte, PresentationContext>();
        foreach (var result in ac.PresentationContexts)
        {
            // A context ID we did not propose, or a transfer syntax we did not offer, cannot be used.
            if (!proposed.TryGetValue(result.PresentationContextId, out var p)) continue;
            bool ok = result.IsAccepted && p.TransferSyntaxes.Contains(result.TransferSyntax, StringComparer.Ordinal);
            contexts[result.PresentationContextId] = new PresentationContext(p.PresentationContextId, p.AbstractSyntax,
                ok ? PresentationContextResult.Acceptance : result.Result == PresentationContextResult.Acceptance ? PresentationContextResult.NoReason : result.Result,
                ok ? result.TransferSyntax : "");
        }
        var window = ac.UserInformation.AsynchronousOperationsWindow;
        return new AssociationParameters
        {
            CalledAETitle = rq.CalledAETitle,
            CallingAETitle = rq.CallingAETitle,
            RemoteEndPoint = RemoteEndPoint,
            PresentationContexts = contexts,
            PeerMaximumPduLength = ac.UserInformation.MaximumLength?.MaximumLength ?? 0,
            OurMaximumPduLength = _ourMaximumPduLength,
            MaximumOperationsInvoked = window?.MaximumOperationsInvoked ?? 1,
            MaximumOperationsPerformed = window?.MaximumOperationsPerformed ?? 1,
            PeerImplementationClassUid = ac.UserInformation.ImplementationClassUid?.Uid,
            PeerImplementationVersionName = ac.UserInformation.ImplementationVersionName?.Name,
        };
    }

    // ---- data transfer ----------------------------------------------------------------------------

    /// <summary>Waits at most <paramref name="timeout"/> for the next P-DATA-TF (DT-2, or AR-6 while our release
    /// is pending). Null when the peer requested release (AR-2 → Sta8, or AR-8 on a release collision): answer
    /// with <see cref="SendReleaseResponseAsync"/>.</summary>
    /// <exception cref="DicomNetworkException">Aborted, connection lost, protocol error or timeout (the association is then gone).</exception>
    public async ValueTask<PDataTfPdu?> ReceivePDataAsync(TimeSpan timeout, string timeoutName, CancellationToken cancellationToken)
    {
        while (true)
        {
            var r = await ReadEventAsync(timeout, cancellationToken).ConfigureAwait(false);
            if (r.TimedOut)
            {
                NetworkLog.TimedOut(_logger, Id, timeoutName, timeout.TotalSeconds, State);
                await AbortAsync(cancellationToken).ConfigureAwait(false);
                throw new DicomNetworkException(DicomFailureKind.TimedOut, $"{timeoutName} timeout ({timeout.TotalSeconds} s) expired waiting for the peer");
            }
            var t = Fire(r.Event);
            switch (t.Action)
            {
                case UlAction.DT2 or UlAction.AR6: return (PDataTfPdu)r.Pdu!;
                case UlAction.AR2 or UlAction.AR8: return null;
                case UlAction.AA6: continue;
                default:
                    await HandleUnexpectedAsync(t, r).ConfigureAwait(false);
                    throw FailureFor(t, r);
            }
        }
    }

    /// <summary>Sends one encoded P-DATA-TF PDU (Evt9: DT-1 in Sta6, AR-7 in Sta8).</summary>
    public async ValueTask SendPDataAsync(ReadOnlyMemory<byte> encodedPdu, CancellationToken cancellationToken)
    {
        if (State is not (UlState.Sta6 or UlState.Sta8))
            throw new DicomNetworkException(DicomFailureKind.ConnectionLost, $"the association is not established ({State})");
        Fire(UlEvent.Evt9);
        await WriteAsync(encodedPdu, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Answers the peer's release request (Evt14: AR-4 sends A-RELEASE-RP, Sta13; on a collision AR-9)
    /// and waits at most ARTIM for the peer to close.</summary>
    public async Task SendReleaseResponseAsync(CancellationToken cancellationToken)
    {
        var t = Fire(UlEvent.Evt14);
        await WritePduAsync(AReleaseRpPdu.Instance, cancellationToken).ConfigureAwait(false);
        if (t.Action == UlAction.AR4) await AwaitCloseAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Releases the association (Evt11: AR-1 sends A-RELEASE-RQ, Sta7) and waits for the A-RELEASE-RP
    /// (AR-3 closes), handling a release collision (AR-8, AR-9, AR-10).</summary>
    /// <exception cref="DicomNetworkException">The peer aborted, closed or did not answer in time.</exception>
    public async Task ReleaseAsync(CancellationToken cancellationToken)
    {
        Fire(UlEvent.Evt11);
        await WritePduAsync(AReleaseRqPdu.Instance, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var r = await ReadEventAsync(Timeouts.Association, cancellationToken).ConfigureAwait(false);
            if (r.TimedOut)
            {
                await AbortAsync(cancellationToken).ConfigureAwait(false);
                throw new DicomNetworkException(DicomFailureKind.TimedOut, $"no A-RELEASE-RP within {Timeouts.Association.TotalSeconds} s");
            }
            var t = Fire(r.Event);
            switch (t.Action)
            {
                case UlAction.AR3:
                    await CloseAsync().ConfigureAwait(false);
                    return;
                case UlAction.AR6: continue; // late data after our release request: nothing is outstanding, drop it
                case UlAction.AR8:
                    // Collision: as requestor (Sta9) we answer first (AR-9 → Sta11) and then wait for their RP.
                    if (State == UlState.Sta9)
                    {
                        Fire(UlEvent.Evt14);
                        await WritePduAsync(AReleaseRpPdu.Instance, cancellationToken).ConfigureAwait(false);
                    }
                    continue;
                case UlAction.AR10:
                    // Acceptor side of a collision (Sta12): now answer their request (AR-4).
                    await SendReleaseResponseAsync(cancellationToken).ConfigureAwait(false);
                    return;
                default:
                    await HandleUnexpectedAsync(t, r).ConfigureAwait(false);
                    throw FailureFor(t, r);
            }
        }
    }

    /// <summary>Aborts (Evt15: AA-1 sends A-ABORT with source service-user) and closes at once.</summary>
    public async Task AbortAsync(CancellationToken cancellationToken = default)
    {
        // Before an A-ASSOCIATE-RQ arrived (Sta2) there is no association to abort (A-ABORT is undefined there): close.
        if (State is UlState.Sta1 or UlState.Sta2 or UlState.Sta13 || Volatile.Read(ref _closed) != 0)
        {
            await CloseAsync().ConfigureAwait(false);
            return;
        }
        var t = Fire(UlEvent.Evt15);
        if (t.Action == UlAction.AA1)
        {
            NetworkLog.Aborting(_logger, Id, AbortSource.ServiceUser, AbortReason.ReasonNotSpecified, "local abort");
            await TrySendAbortAsync(new AAbortPdu(AbortSource.ServiceUser, AbortReason.ReasonNotSpecified)).ConfigureAwait(false);
        }
        await CloseAsync().ConfigureAwait(false);
    }

    /// <summary>Aborts because the content of a well-formed PDU broke the protocol (a DIMSE-level error): handled
    /// as Evt19 (AA-8: A-ABORT with source service-provider and <paramref name="reason"/>), then closes.</summary>
    public async Task AbortAsync(AbortReason reason, string message)
    {
        if (State is UlState.Sta1 or UlState.Sta13 || Volatile.Read(ref _closed) != 0)
        {
            await CloseAsync().ConfigureAwait(false);
            return;
        }
        var t = Fire(UlEvent.Evt19);
        if (t.Action is UlAction.AA1 or UlAction.AA7 or UlAction.AA8)
        {
            NetworkLog.Aborting(_logger, Id, AbortSource.ServiceProvider, reason, message);
            await TrySendAbortAsync(new AAbortPdu(AbortSource.ServiceProvider, reason)).ConfigureAwait(false);
        }
        await CloseAsync().ConfigureAwait(false);
    }

    // ---- shared -----------------------------------------------------------------------------------

    /// <summary>Sta13: reads until the peer closes (AR-5) or ARTIM expires (AA-2), ignoring PDUs (AA-6) and
    /// answering an A-ASSOCIATE-RQ or garbage with A-ABORT (AA-7).</summary>
    private async Task AwaitCloseAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + Timeouts.Artim;
        while (Volatile.Read(ref _closed) == 0)
        {
            var left = deadline - DateTime.UtcNow;
            var r = left > TimeSpan.Zero ? await ReadEventAsync(left, cancellationToken).ConfigureAwait(false) : Received.Timeout;
            if (r.TimedOut)
            {
                Fire(UlEvent.Evt18);
                break;
            }
            var t = Fire(r.Event);
            if (t.Action == UlAction.AA6)
            {
                NetworkLog.Ignored(_logger, Id, r.Pdu!.Type);
                continue;
            }
            if (t.Action == UlAction.AA7)
                await TrySendAbortAsync(new AAbortPdu(AbortSource.ServiceProvider, r.Error?.Reason ?? AbortReason.UnexpectedPdu)).ConfigureAwait(false);
            break;
        }
        await CloseAsync().ConfigureAwait(false);
    }

    /// <summary>Performs an abort-family action for an event the caller did not expect, and closes.</summary>
    private async Task HandleUnexpectedAsync(UlTransition t, Received r)
    {
        switch (t.Action)
        {
            case UlAction.AA1 or UlAction.AA7 or UlAction.AA8:
            {
                var reason = r.Error?.Reason ?? AbortReason.UnexpectedPdu;
                NetworkLog.Aborting(_logger, Id, AbortSource.ServiceProvider, reason, r.Error?.Message ?? $"unexpected {r.Pdu?.Type} in {State}");
                await TrySendAbortAsync(new AAbortPdu(AbortSource.ServiceProvider, reason)).ConfigureAwait(false);
                break;
            }
            case UlAction.AA3:
                if (r.Pdu is AAbortPdu a) NetworkLog.PeerAborted(_logger, Id, a.Source, a.Reason);
                break;
            default:
                NetworkLog.Closed(_logger, Id, $"connection ended ({t.Action})");
                break;
        }
        await CloseAsync().ConfigureAwait(false);
    }

    private static DicomNetworkException FailureFor(UlTransition t, Received r) => t.Action switch
    {
        UlAction.AA3 => new DicomNetworkException(DicomFailureKind.Aborted, $"the peer aborted the association ({(r.Pdu as AAbortPdu)?.Source}, {(r.Pdu as AAbortPdu)?.Reason})") { Abort = r.Pdu as AAbortPdu },
        UlAction.AA1 or UlAction.AA7 or UlAction.AA8 => new DicomNetworkException(DicomFailureKind.Aborted,
            $"aborted: {r.Error?.Message ?? $"unexpected {r.Pdu?.Type}"}", r.Error) { Abort = new AAbortPdu(AbortSource.ServiceProvider, r.Error?.Reason ?? AbortReason.UnexpectedPdu) },
        _ => new DicomNetworkException(DicomFailureKind.ConnectionLost, "the peer closed the connection"),
    };

    private UlTransition Fire(UlEvent evt, bool acceptable = true)
    {
        var before = _machine.State;
        var t = _machine.Fire(evt, acceptable);
        NetworkLog.Transition(_logger, Id, before, evt, t.Action, t.NextState);
        return t;
    }

    private readonly record struct Received(UlEvent Event, Pdu? Pdu, UpperLayerProtocolException? Error, bool TimedOut)
    {
        public static Received Timeout => new(default, null, null, true);
    }

    private async ValueTask<Received> ReadEventAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _closed) != 0) return new Received(UlEvent.Evt17, null, null, false);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        while (true)
        {
            ReadResult result;
            try { result = await _reader.ReadAsync(cts.Token).ConfigureAwait(false); }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { return Received.Timeout; }
            catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return new Received(UlEvent.Evt17, null, null, false);
            }
            var buffer = result.Buffer;
            var consumed = buffer.Start;
            var examined = buffer.End;
            try
            {
                if (!_sniffed && buffer.Length >= 2)
                {
                    _sniffed = true;
                    WrongProtocol = Sniff(buffer);
                }
                if (PduReader.TryReadHeader(buffer, _ourMaximumPduLength, out var type, out uint length) && type == PduType.PDataTf)
                    EnsureScratch(length);
                if (PduReader.TryRead(ref buffer, _ourMaximumPduLength, out var pdu, _scratch))
                {
                    // Only what was consumed is examined: further whole PDUs may already be buffered.
                    consumed = buffer.Start;
                    examined = consumed;
                    return new Received(EventOf(pdu), pdu, null, false);
                }
                if (result.IsCompleted || result.IsCanceled) return new Received(UlEvent.Evt17, null, null, false);
            }
            catch (UpperLayerProtocolException ex)
            {
                return new Received(UlEvent.Evt19, null, ex, false);
            }
            finally
            {
                _reader.AdvanceTo(consumed, examined);
            }
        }
    }

    private static SniffedProtocol Sniff(ReadOnlySequence<byte> buffer)
    {
        Span<byte> first = stackalloc byte[8];
        int n = (int)Math.Min(8, buffer.Length);
        buffer.Slice(0, n).CopyTo(first);
        return ProtocolSniffer.Classify(first[..n]);
    }

    private void EnsureScratch(uint length)
    {
        // Grown only when a larger (legal) PDU arrives, so idle associations hold no big buffer.
        if (_scratch is not null && _scratch.Length >= length) return;
        if (_scratch is not null) ArrayPool<byte>.Shared.Return(_scratch);
        _scratch = ArrayPool<byte>.Shared.Rent((int)Math.Max(length, 16384));
    }

    private static UlEvent EventOf(Pdu pdu) => pdu.Type switch
    {
        PduType.AAssociateRq => UlEvent.Evt6,
        PduType.AAssociateAc => UlEvent.Evt3,
        PduType.AAssociateRj => UlEvent.Evt4,
        PduType.PDataTf => UlEvent.Evt10,
        PduType.AReleaseRq => UlEvent.Evt12,
        PduType.AReleaseRp => UlEvent.Evt13,
        _ => UlEvent.Evt16,
    };

    private ValueTask WritePduAsync(Pdu pdu, CancellationToken cancellationToken) => WriteAsync(PduWriter.ToArray(pdu), cancellationToken);

    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(Timeouts.Operation);
        await _writeLock.WaitAsync(cts.Token).ConfigureAwait(false);
        try
        {
            await _stream.WriteAsync(bytes, cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await CloseAsync().ConfigureAwait(false);
            throw new DicomNetworkException(ex is OperationCanceledException ? DicomFailureKind.TimedOut : DicomFailureKind.ConnectionLost,
                ex is OperationCanceledException ? $"the peer did not take our data within {Timeouts.Operation.TotalSeconds} s" : $"sending failed: {ex.Message}", ex);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task TrySendAbortAsync(AAbortPdu abort)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _stream.WriteAsync(PduWriter.ToArray(abort), cts.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The abort is a courtesy; the connection closes either way.
        }
    }

    private async ValueTask CloseAsync()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0) return;
        try { await _reader.CompleteAsync().ConfigureAwait(false); }
        catch (InvalidOperationException) { }
        await _stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Closes the connection (without any PDU) and returns pooled buffers.</summary>
    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        if (_scratch is not null)
        {
            ArrayPool<byte>.Shared.Return(_scratch);
            _scratch = null;
        }
        _writeLock.Dispose();
    }
}
