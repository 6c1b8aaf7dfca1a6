using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Dimse;
using AnonGateway.Dicom.Network.Transport;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;
using AnonGateway.Dicom.TransferSyntaxes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>An association we requested: C-ECHO and C-STORE requests, then release (or abort).</summary>
/// <remarks>Not thread-safe: one task drives it. Several C-STOREs can be outstanding when the peer accepted an
/// Asynchronous Operations Window: <see cref="SendStoreRequestAsync"/> and <see cref="ReceiveResponseAsync"/>
/// are the two halves of <see cref="StoreAsync"/>.</remarks>
public sealed class DicomClientAssociation : IAsyncDisposable
{
    private readonly DimseChannel _channel;
    private ushort _nextMessageId = 1;

    private DicomClientAssociation(DicomAssociation association)
    {
        Association = association;
        _channel = new DimseChannel(association);
    }

    /// <summary>The underlying association.</summary>
    public DicomAssociation Association { get; }

    /// <summary>The agreed parameters.</summary>
    public AssociationParameters Parameters => Association.Parameters!;

    /// <summary>Operations we may have outstanding (0 = unlimited in the standard; we then use 16).</summary>
    public int Window => Parameters.MaximumOperationsInvoked == 0 ? 16 : Parameters.MaximumOperationsInvoked;

    /// <summary>Opens an association proposing <paramref name="contexts"/>.</summary>
    /// <exception cref="DicomNetworkException">Connection refused/timed out, rejected (permanent/transient), aborted.</exception>
    public static async Task<DicomClientAssociation> OpenAsync(DicomClientOptions options, IReadOnlyList<PresentationContextRqItem> contexts, ILogger? logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(contexts);
        var request = new AAssociateRqPdu(options.CalledAETitle, options.CallingAETitle, ApplicationContextItem.Dicom, contexts, new UserInformationItem
        {
            MaximumLength = new MaximumLengthItem(options.MaximumPduLength),
            ImplementationClassUid = new ImplementationClassUidItem(DicomNetworkDefaults.ImplementationClassUid),
            ImplementationVersionName = new ImplementationVersionNameItem(DicomNetworkDefaults.ImplementationVersionName),
            AsynchronousOperationsWindow = options.MaximumOperationsInvoked != 1 ? new AsynchronousOperationsWindowItem(options.MaximumOperationsInvoked, 1) : null,
        });
        var association = await DicomAssociation.RequestAsync(options.Host, options.Port, request, options.Timeouts, logger ?? NullLogger.Instance, cancellationToken).ConfigureAwait(false);
        return new DicomClientAssociation(association);
    }

    /// <summary>Sends C-ECHO-RQ and returns the response status.</summary>
    public async Task<DimseStatus> EchoAsync(CancellationToken cancellationToken)
    {
        var context = Parameters.AcceptedFor(DicomNetworkDefaults.VerificationSopClassUid).FirstOrDefault()
            ?? throw new DicomNetworkException(DicomFailureKind.NoAcceptablePresentationContext, "the peer did not accept the Verification SOP class");
        ushort id = NextMessageId();
        await _channel.SendAsync(context.Id, CommandSetBuilder.CEchoRequest(id), null, cancellationToken).ConfigureAwait(false);
        var response = await ReceiveResponseAsync(cancellationToken).ConfigureAwait(false);
        return response.Status;
    }

    /// <summary>The context to send <paramref name="source"/> on: one with its own syntax, else (for an uncompressed
    /// or deflated object) one with a native syntax it can be re-encoded to. Null when the peer accepted neither.</summary>
    public PresentationContext? ChooseContext(DicomObjectSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var accepted = Parameters.AcceptedFor(source.SopClassUid).ToList();
        var exact = accepted.FirstOrDefault(c => c.TransferSyntaxUid == source.TransferSyntaxUid);
        if (exact is not null) return exact;
        var ts = TransferSyntax.Lookup(source.TransferSyntaxUid);
        if (!ts.IsKnown || ts.IsEncapsulated) return null;
        return accepted.FirstOrDefault(c => c.TransferSyntax.IsKnown && c.TransferSyntax.IsUncompressed);
    }

    /// <summary>Sends a C-STORE-RQ and its data set; returns the message ID to match the response.</summary>
    /// <exception cref="DicomNetworkException">No acceptable context, or the association failed.</exception>
    public async Task<ushort> SendStoreRequestAsync(DicomObjectSource source, PresentationContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(context);
        ushort id = NextMessageId();
        var command = CommandSetBuilder.CStoreRequest(id, source.SopClassUid, source.SopInstanceUid);
        if (context.TransferSyntaxUid == source.TransferSyntaxUid && source.DataSetOffset is { } offset && StoredBytesSendable(source, offset, out bool padDeflated))
        {
            await _channel.SendAsync(context.Id, command, async (stream, ct) =>
            {
                // The data set exactly as stored: no parsing, no re-encoding.
                var file = new FileStream(source.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
                await using (file.ConfigureAwait(false))
                {
                    file.Position = offset;
                    await file.CopyToAsync(stream, 1 << 16, ct).ConfigureAwait(false);
                }
                // PS3.5 A.5: a deflated stream of odd length gets one trailing NUL (peers abort on odd fragments).
                if (padDeflated) await stream.WriteAsync(new byte[1], ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
            return id;
        }
        // Re-encode into a temporary file first (the core's writer is synchronous; the PDV stream is not).
        var temp = Path.Combine(Path.GetTempPath(), "anongw-scu-" + Guid.NewGuid().ToString("N"));
        var tempFile = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await using (tempFile.ConfigureAwait(false))
        {
            try
            {
                var dicom = DicomFile.Open(source.Path);
                DicomDatasetWriter.Write(tempFile, dicom.Dataset, context.TransferSyntax);
            }
            catch (Exception ex) when (ex is DicomFormatException or DicomEncodingException or IOException)
            {
                throw new DicomNetworkException(DicomFailureKind.LocalError, $"{source.Path} cannot be re-encoded to {context.TransferSyntax}: {ex.Message}", ex);
            }
            tempFile.Position = 0;
            await _channel.SendAsync(context.Id, command, (stream, ct) => new ValueTask(tempFile.CopyToAsync(stream, 1 << 16, ct)), cancellationToken).ConfigureAwait(false);
        }
        return id;
    }

    /// <summary>Whether the stored data set can go out as it is: an odd length (a non-conformant file) is padded
    /// with one NUL when deflated and otherwise re-encoded, which pads the odd value.</summary>
    private static bool StoredBytesSendable(DicomObjectSource source, long offset, out bool padDeflated)
    {
        padDeflated = false;
        long length = new FileInfo(source.Path).Length - offset;
        if ((length & 1) == 0) return true;
        padDeflated = TransferSyntax.Lookup(source.TransferSyntaxUid).IsDeflated;
        return padDeflated;
    }

    /// <summary>Waits at most the per-operation timeout for the next response.</summary>
    /// <exception cref="DicomNetworkException">The association failed, or the peer released instead of answering.</exception>
    public async Task<DimseMessage> ReceiveResponseAsync(CancellationToken cancellationToken)
    {
        var message = await _channel.ReceiveCommandAsync(Association.Timeouts.Operation, "response", cancellationToken).ConfigureAwait(false);
        if (message is null)
        {
            await Association.SendReleaseResponseAsync(cancellationToken).ConfigureAwait(false);
            throw new DicomNetworkException(DicomFailureKind.ConnectionLost, "the peer released the association while a response was outstanding");
        }
        if (message.HasDataSet) await _channel.OpenDataSet(message).DrainAsync(cancellationToken).ConfigureAwait(false);
        return message;
    }

    /// <summary>Stores one object and waits for its response.</summary>
    public async Task<StoreOutcome> StoreAsync(DicomObjectSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var context = ChooseContext(source);
        if (context is null)
            return new StoreOutcome(source.Path, source.SopInstanceUid, null, DicomFailureKind.NoAcceptablePresentationContext, $"the peer accepted no context for {source.SopClassUid} in {source.TransferSyntaxUid} or one it can be re-encoded to", null);
        try
        {
            await SendStoreRequestAsync(source, context, cancellationToken).ConfigureAwait(false);
        }
        catch (DicomNetworkException ex) when (ex.Kind == DicomFailureKind.LocalError)
        {
            return new StoreOutcome(source.Path, source.SopInstanceUid, null, ex.Kind, ex.Message, null);
        }
        var response = await ReceiveResponseAsync(cancellationToken).ConfigureAwait(false);
        return OutcomeOf(source, response, context.TransferSyntaxUid);
    }

    /// <summary>The outcome of an answered store.</summary>
    public static StoreOutcome OutcomeOf(DicomObjectSource source, DimseMessage response, string transferSyntaxUid)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(response);
        var status = response.Status;
        return new StoreOutcome(source.Path, source.SopInstanceUid, status, status.IsSuccessOrWarning ? null : DicomFailureKind.FailureStatus, response.ErrorComment, transferSyntaxUid);
    }

    /// <summary>Releases the association.</summary>
    public Task ReleaseAsync(CancellationToken cancellationToken) => Association.ReleaseAsync(cancellationToken);

    /// <summary>Aborts the association.</summary>
    public Task AbortAsync() => Association.AbortAsync(CancellationToken.None);

    public ValueTask DisposeAsync() => Association.DisposeAsync();

    private ushort NextMessageId()
    {
        ushort id = _nextMessageId++;
        if (_nextMessageId == 0) _nextMessageId = 1;
        return id;
    }
}
