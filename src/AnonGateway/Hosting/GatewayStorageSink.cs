using System.Net;
using AnonGateway.Configuration;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Dimse;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.Logging;
using AnonGateway.Routing;
using AnonGateway.Spool;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Hosting;

/// <summary>The gateway's C-STORE handler: received bytes → memory (or <c>incoming/</c> when big) → site and project scripts →
/// the destination's durable queue, and only then the C-STORE response. A script failure quarantines the original and never
/// forwards. Checkpoints: (1) the received object is whole in memory or under <c>incoming/</c> (not acknowledged: lost at a
/// crash, and the sender was never told otherwise); (2) the anonymized object is published in <c>queue/</c> (fsync, rename, folder
/// fsync); (3) the response goes out. A crash between (2) and (3) may deliver an object twice — at least once, never lost.</summary>
public sealed class GatewayStorageSink : IStorageSink
{
    private readonly GatewayOptions _options;
    private readonly RouteTable _routes;
    private readonly SpoolStore _spool;
    private readonly ObjectProcessor _processor;
    private readonly ILogger _logger;

    public GatewayStorageSink(GatewayRuntime runtime, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(loggers);
        _options = runtime.Options;
        _routes = runtime.Routes;
        _spool = runtime.Spool;
        _processor = new ObjectProcessor(runtime, loggers);
        _logger = loggers.CreateLogger<GatewayStorageSink>();
    }

    /// <inheritdoc />
    public async ValueTask<StoreResult> StoreAsync(StoreRequestContext context, Stream dataSet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(dataSet);
        var assoc = context.Association;
        try
        {
            // Checkpoint 1: the object as received, in memory (or, when big, streamed to incoming/ as Part 10).
            var meta = FileMetaInformation.Create(context.SopClassUid, context.SopInstanceUid, context.TransferSyntax.Uid, assoc.CallingAETitle);
            using var received = await ReceivedObject.ReceiveAsync(dataSet, meta, _spool.NewIncomingPath(), _options.InMemoryObjectLimitMiB << 20, cancellationToken).ConfigureAwait(false);

            var (route, _) = _routes.Select(assoc.CalledAETitle, assoc.CallingAETitle, assoc.RemoteEndPoint?.Address ?? IPAddress.None);
            if (route is null) return new StoreResult(DimseStatus.CannotUnderstand, "no route for this association");

            DicomFile original;
            try { original = received.Open(ObjectProcessor.ReadOptions); }
            catch (DicomFormatException ex)
            {
                GatewayLog.StoreFailed(_logger, context.SopInstanceUid, assoc.CallingAETitle, assoc.CalledAETitle, ex.Message);
                return new StoreResult(DimseStatus.CannotUnderstand, Clip("unreadable data set: " + ex.Message));
            }

            var origin = new ObjectOrigin(assoc.CallingAETitle, assoc.CalledAETitle, assoc.RemoteEndPoint?.Address.ToString(), context.SopClassUid, context.SopInstanceUid);
            var result = await _processor.ProcessAsync(original, received, route, origin, cancellationToken).ConfigureAwait(false);
            if (result.Outcome != ProcessingOutcome.Quarantined) return StoreResult.Success;
            // C000 "cannot understand" is what XNAT itself answers when its anonymization fails (PS3.4 defines no
            // better C-STORE failure; 0110 is not a C-STORE status and dcmtk shows it as unknown).
            return _options.OnScriptError == ScriptErrorPolicy.AcceptAndQuarantine
                ? StoreResult.Success
                : new StoreResult(DimseStatus.CannotUnderstand, Clip($"anonymization failed at {Path.GetFileName(result.Script)}:{result.Line}:{result.Column}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Our disk, not the sender's data: tell it to try again later.
            GatewayLog.StoreFailed(_logger, context.SopInstanceUid, assoc.CallingAETitle, assoc.CalledAETitle, ex.Message);
            return new StoreResult(DimseStatus.OutOfResources, Clip("gateway cannot spool the object: " + ex.Message));
        }
        catch (DicomEncodingException ex)
        {
            GatewayLog.StoreFailed(_logger, context.SopInstanceUid, assoc.CallingAETitle, assoc.CalledAETitle, ex.Message);
            return new StoreResult(DimseStatus.CannotUnderstand, Clip("cannot encode the result: " + ex.Message));
        }
    }

    /// <summary>Error Comment is LO: at most 64 characters.</summary>
    private static string Clip(string s) => s.Length <= 64 ? s : s[..64];
}
