using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Dimse;
using AnonGateway.Dicom.Network.Transport;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>An asynchronous DICOM listener serving Verification (C-ECHO) and Storage (C-STORE into an
/// <see cref="IStorageSink"/>) on many associations at once.</summary>
/// <remarks>
/// Each accepted connection is served by its own task that owns the socket and closes it in its own finally
/// (no sweeper). Before association every connection is bounded by ARTIM; established associations by the idle
/// and per-operation timeouts. Peers speaking TLS or HTTP are logged and closed at once. At most
/// <see cref="DicomServerOptions.MaximumAssociations"/> associations are established at once; further requests
/// are rejected transient with local-limit-exceeded.
/// </remarks>
public sealed class DicomServer : IAsyncDisposable
{
    private readonly Socket _listener;
    private readonly DicomServerOptions _options;
    private readonly IStorageSink _sink;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<long, Task> _connections = new();
    private Task _acceptLoop = Task.CompletedTask;
    private long _nextId;
    private int _established;
    private int _pending;

    private DicomServer(Socket listener, DicomServerOptions options, IStorageSink sink, ILogger logger)
    {
        _listener = listener;
        _options = options;
        _sink = sink;
        _logger = logger;
    }

    /// <summary>The bound address and port.</summary>
    public IPEndPoint LocalEndPoint => (IPEndPoint)_listener.LocalEndPoint!;

    /// <summary>Established associations right now.</summary>
    public int ActiveAssociations => Volatile.Read(ref _established);

    /// <summary>Open connections right now (established or not).</summary>
    public int OpenConnections => _connections.Count;

    /// <summary>Binds and starts accepting.</summary>
    /// <exception cref="SocketException">The port cannot be bound.</exception>
    public static DicomServer Start(DicomServerOptions options, IStorageSink sink, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        var socket = new Socket(options.BindAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(options.BindAddress, options.Port));
            socket.Listen(512);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
        var server = new DicomServer(socket, options, sink, logger ?? NullLogger.Instance);
        NetworkLog.Listening(server._logger, server.LocalEndPoint, options.MaximumAssociations);
        server._acceptLoop = server.AcceptLoopAsync();
        return server;
    }

    private async Task AcceptLoopAsync()
    {
        var token = _stopping.Token;
        while (!token.IsCancellationRequested)
        {
            Socket client;
            try { client = await _listener.AcceptAsync(token).ConfigureAwait(false); }
            catch (OperationCanceledException) { return; }
            catch (ObjectDisposedException) { return; }
            catch (SocketException) { continue; }
            client.NoDelay = true;
            if (Interlocked.Increment(ref _pending) > _options.MaximumPendingConnections)
            {
                Interlocked.Decrement(ref _pending);
                client.Dispose();
                continue;
            }
            long id = Interlocked.Increment(ref _nextId);
            var task = ServeConnectionAsync(client, id, token);
            _connections[id] = task;
            _ = task.ContinueWith(t => _connections.TryRemove(id, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private async Task ServeConnectionAsync(Socket client, long id, CancellationToken token)
    {
        await Task.Yield();
        var remote = client.RemoteEndPoint as IPEndPoint;
        bool pending = true;
        bool established = false;
        var association = DicomAssociation.ForAcceptor(new NetworkStream(client, ownsSocket: true), remote, _options.Policy.MaximumPduLength, _options.Timeouts, _logger, $"#{id} {remote}");
        try
        {
            var request = await association.ReceiveRequestAsync(token).ConfigureAwait(false);
            Interlocked.Decrement(ref _pending);
            pending = false;
            if (request is null) return;
            AssociationNegotiation negotiation;
            if (Interlocked.Increment(ref _established) > _options.MaximumAssociations)
                negotiation = AssociationNegotiation.Rejected(new AAssociateRjPdu(AssociationRejection.LocalLimitExceeded.Result, AssociationRejection.LocalLimitExceeded.Reason));
            else
                negotiation = AssociationNegotiator.Negotiate(request, remote, _options.Policy);
            established = true;
            if (negotiation.IsAccepted)
                NetworkLog.Accepted(_logger, association.Id, request.CallingAETitle, request.CalledAETitle,
                    negotiation.Parameters!.PresentationContexts.Values.Count(c => c.IsAccepted), request.PresentationContexts.Count, negotiation.Parameters.PeerMaximumPduLength);
            else
                NetworkLog.Rejected(_logger, association.Id, negotiation.Reject!.Result, negotiation.Reject.Reason, request.CallingAETitle, request.CalledAETitle);
            if (!await association.RespondAsync(negotiation, token).ConfigureAwait(false)) return;
            await ServeAssociationAsync(new DimseChannel(association), token).ConfigureAwait(false);
        }
        catch (DicomNetworkException ex)
        {
            NetworkLog.AssociationFailed(_logger, association.Id, ex.Message);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            await association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or SocketException or ObjectDisposedException or InvalidOperationException or UnauthorizedAccessException)
        {
            NetworkLog.AssociationFailed(_logger, association.Id, ex.Message);
            await association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            if (pending) Interlocked.Decrement(ref _pending);
            if (established) Interlocked.Decrement(ref _established);
            await association.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task ServeAssociationAsync(DimseChannel channel, CancellationToken token)
    {
        var association = channel.Association;
        var parameters = association.Parameters!;
        while (true)
        {
            var message = await channel.ReceiveCommandAsync(association.Timeouts.Idle, "idle", token).ConfigureAwait(false);
            if (message is null)
            {
                await association.SendReleaseResponseAsync(token).ConfigureAwait(false);
                NetworkLog.Closed(_logger, association.Id, "released");
                return;
            }
            var context = parameters.PresentationContexts[message.PresentationContextId];
            switch (message.CommandField)
            {
                case CommandField.CEchoRq:
                    if (message.HasDataSet) await channel.OpenDataSet(message).DrainAsync(token).ConfigureAwait(false);
                    await channel.SendAsync(message.PresentationContextId, CommandSetBuilder.CEchoResponse(message.MessageId, DimseStatus.Success, message.AffectedSopClassUid), null, token).ConfigureAwait(false);
                    NetworkLog.Echoed(_logger, association.Id);
                    break;
                case CommandField.CStoreRq:
                    await StoreAsync(channel, message, context, token).ConfigureAwait(false);
                    break;
                default:
                    if (message.HasDataSet) await channel.OpenDataSet(message).DrainAsync(token).ConfigureAwait(false);
                    if (((ushort)message.CommandField & 0x8000) != 0)
                    {
                        await association.AbortAsync(UpperLayer.AbortReason.UnexpectedPduParameter, $"unexpected response {message.CommandField}").ConfigureAwait(false);
                        return;
                    }
                    await channel.SendAsync(message.PresentationContextId, CommandSetBuilder.UnrecognizedResponse(message.CommandField, message.MessageId, message.AffectedSopClassUid), null, token).ConfigureAwait(false);
                    break;
            }
        }
    }

    private async Task StoreAsync(DimseChannel channel, DimseMessage message, PresentationContext context, CancellationToken token)
    {
        var association = channel.Association;
        string sopClass = message.AffectedSopClassUid;
        string sopInstance = message.AffectedSopInstanceUid;
        StoreResult result;
        if (!message.HasDataSet)
        {
            result = new StoreResult(DimseStatus.CannotUnderstand, "C-STORE-RQ without a data set");
        }
        else
        {
            var dataSet = channel.OpenDataSet(message);
            if (sopClass != context.AbstractSyntax)
            {
                result = new StoreResult(DimseStatus.DataSetDoesNotMatchSopClass, "Affected SOP Class UID differs from the presentation context's abstract syntax");
            }
            else
            {
                var storeContext = new StoreRequestContext
                {
                    Association = association.Parameters!,
                    SopClassUid = sopClass,
                    SopInstanceUid = sopInstance,
                    TransferSyntax = context.TransferSyntax,
                    MessageId = message.MessageId,
                    PresentationContextId = message.PresentationContextId,
                    MoveOriginatorAETitle = message.Command.GetString(CommandTags.MoveOriginatorApplicationEntityTitle),
                };
                using var operation = CancellationTokenSource.CreateLinkedTokenSource(token);
                operation.CancelAfter(association.Timeouts.Operation);
                try
                {
                    result = await _sink.StoreAsync(storeContext, dataSet, operation.Token).ConfigureAwait(false);
                }
                catch (DicomNetworkException)
                {
                    throw; // the association is gone: nobody to answer
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    await association.AbortAsync(CancellationToken.None).ConfigureAwait(false);
                    throw new DicomNetworkException(DicomFailureKind.TimedOut, $"C-STORE {sopInstance} did not finish within the operation timeout");
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    NetworkLog.SinkFailed(_logger, ex, association.Id, sopInstance);
                    result = new StoreResult(DimseStatus.ProcessingFailure, ex.Message);
                }
            }
            await dataSet.DrainAsync(token).ConfigureAwait(false);
        }
        NetworkLog.Stored(_logger, association.Id, sopInstance, sopClass, context.TransferSyntaxUid, result.Status.Code);
        await channel.SendAsync(message.PresentationContextId,
            CommandSetBuilder.CStoreResponse(message.MessageId, sopClass, sopInstance, result.Status, result.ErrorComment), null, token).ConfigureAwait(false);
    }

    /// <summary>Stops accepting, aborts open associations and waits for their tasks.</summary>
    public async Task StopAsync()
    {
        if (!_stopping.IsCancellationRequested) await _stopping.CancelAsync().ConfigureAwait(false);
        _listener.Dispose();
        await _acceptLoop.ConfigureAwait(false);
        await Task.WhenAll(_connections.Values).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }
}
