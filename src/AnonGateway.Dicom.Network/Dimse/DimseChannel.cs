using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Transport;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>DIMSE messages over an established association: assembles received PDVs into commands (bounded) and
/// data set streams, and sends commands and data sets fragmented to the peer's maximum PDU length.</summary>
/// <remarks>PDVs of one P-DATA-TF are handled one by one (a PDU may end one message and start the next). A data
/// fragment where a command is expected, a command fragment inside a data set, a change of presentation context
/// mid-message, a context that was not accepted, or a command over <see cref="MaximumCommandLength"/> ends the
/// association with an A-ABORT.</remarks>
public sealed class DimseChannel
{
    /// <summary>Commands are small; anything larger is an attack or a bug.</summary>
    public const int MaximumCommandLength = 64 * 1024;

    private readonly Queue<PresentationDataValue> _pending = new();

    /// <summary>Creates the channel over an established association.</summary>
    public DimseChannel(DicomAssociation association)
    {
        Association = association ?? throw new ArgumentNullException(nameof(association));
        if (association.Parameters is null) throw new ArgumentException("the association is not established", nameof(association));
    }

    /// <summary>The association.</summary>
    public DicomAssociation Association { get; }

    /// <summary>Waits at most <paramref name="timeout"/> for the next command. Null when the peer requested
    /// release instead (answer with <see cref="DicomAssociation.SendReleaseResponseAsync"/>).</summary>
    /// <exception cref="DicomNetworkException">The association ended (aborted, closed, protocol error, timeout).</exception>
    public async ValueTask<DimseMessage?> ReceiveCommandAsync(TimeSpan timeout, string timeoutName, CancellationToken cancellationToken)
    {
        using var command = new MemoryStream();
        byte? contextId = null;
        var first = true;
        while (true)
        {
            if (_pending.Count == 0)
            {
                // Before the first fragment the idle timeout applies; within a command the operation timeout.
                var pdu = await Association.ReceivePDataAsync(first ? timeout : Association.Timeouts.Operation, first ? timeoutName : "operation", cancellationToken).ConfigureAwait(false);
                if (pdu is null)
                {
                    if (contextId is null) return null;
                    throw await ProtocolErrorAsync(AbortReason.UnexpectedPdu, "A-RELEASE-RQ in the middle of a command").ConfigureAwait(false);
                }
                foreach (var v in pdu.Values) _pending.Enqueue(v);
                continue;
            }
            first = false;
            var pdv = _pending.Dequeue();
            if (!pdv.IsCommand) throw await ProtocolErrorAsync(AbortReason.UnexpectedPduParameter, $"data set fragment on context {pdv.PresentationContextId} where a command was expected").ConfigureAwait(false);
            contextId ??= pdv.PresentationContextId;
            if (pdv.PresentationContextId != contextId) throw await ProtocolErrorAsync(AbortReason.UnexpectedPduParameter, $"command fragments on contexts {contextId} and {pdv.PresentationContextId}").ConfigureAwait(false);
            if (command.Length + pdv.Data.Length > MaximumCommandLength) throw await ProtocolErrorAsync(AbortReason.InvalidPduParameterValue, $"command longer than {MaximumCommandLength} bytes").ConfigureAwait(false);
            command.Write(pdv.Data.Span);
            if (!pdv.IsLastFragment) continue;

            if (!Association.Parameters!.PresentationContexts.TryGetValue(contextId.Value, out var pc) || !pc.IsAccepted)
                throw await ProtocolErrorAsync(AbortReason.InvalidPduParameterValue, $"command on presentation context {contextId} that was not accepted").ConfigureAwait(false);
            DicomDataset decoded;
            try { decoded = CommandSetBuilder.Decode(command.ToArray()); }
            catch (DicomFormatException ex)
            {
                throw await ProtocolErrorAsync(AbortReason.InvalidPduParameterValue, "undecodable command set: " + ex.Message).ConfigureAwait(false);
            }
            return new DimseMessage(contextId.Value, decoded);
        }
    }

    /// <summary>The data set that follows <paramref name="message"/>, as a stream.</summary>
    public PDataInputStream OpenDataSet(DimseMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new PDataInputStream(this, message.PresentationContextId);
    }

    /// <summary>Sends a command and, when <paramref name="writeDataSet"/> is given, its data set (in new PDUs).</summary>
    public async Task SendAsync(byte contextId, DicomDataset command, Func<Stream, CancellationToken, ValueTask>? writeDataSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        uint peerMax = Association.Parameters!.PeerMaximumPduLength;
        using (var commandStream = new PDataOutputStream(Association, contextId, isCommand: true, peerMax))
        {
            await commandStream.WriteAsync(CommandSetBuilder.Encode(command), cancellationToken).ConfigureAwait(false);
            await commandStream.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (writeDataSet is null) return;
        using var dataStream = new PDataOutputStream(Association, contextId, isCommand: false, peerMax);
        await writeDataSet(dataStream, cancellationToken).ConfigureAwait(false);
        await dataStream.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    internal async ValueTask<PresentationDataValue> NextDataPdvAsync(byte contextId, CancellationToken cancellationToken)
    {
        while (_pending.Count == 0)
        {
            var pdu = await Association.ReceivePDataAsync(Association.Timeouts.Operation, "operation", cancellationToken).ConfigureAwait(false)
                ?? throw await ProtocolErrorAsync(AbortReason.UnexpectedPdu, "A-RELEASE-RQ in the middle of a data set").ConfigureAwait(false);
            foreach (var v in pdu.Values) _pending.Enqueue(v);
        }
        var pdv = _pending.Dequeue();
        if (pdv.IsCommand) throw await ProtocolErrorAsync(AbortReason.UnexpectedPduParameter, "command fragment inside a data set").ConfigureAwait(false);
        if (pdv.PresentationContextId != contextId) throw await ProtocolErrorAsync(AbortReason.UnexpectedPduParameter, $"data set fragments on contexts {contextId} and {pdv.PresentationContextId}").ConfigureAwait(false);
        return pdv;
    }

    private async Task<DicomNetworkException> ProtocolErrorAsync(AbortReason reason, string message)
    {
        await Association.AbortAsync(reason, message).ConfigureAwait(false);
        return new DicomNetworkException(DicomFailureKind.Aborted, "protocol error: " + message) { Abort = new AAbortPdu(AbortSource.ServiceProvider, reason) };
    }
}
