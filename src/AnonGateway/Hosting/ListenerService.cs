using System.Net;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.Logging;
using AnonGateway.Routing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Hosting;

/// <summary>The C-STORE SCP. Started in <see cref="StartAsync"/> (must-finish work: a port that cannot be bound stops the
/// start), stopped before the forwarders so that nothing new arrives while they wind down.</summary>
public sealed class ListenerService(GatewayRuntime runtime, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private readonly ILogger _logger = loggers.CreateLogger<ListenerService>();
    private DicomServer? _server;

    /// <summary>Where the SCP listens (after start).</summary>
    public IPEndPoint? LocalEndPoint => _server?.LocalEndPoint;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = runtime.Options;
        var policy = new AssociationPolicy { Admit = Admit };
        var sink = new GatewayStorageSink(runtime, loggers);
        _server = DicomServer.Start(new DicomServerOptions
        {
            BindAddress = string.IsNullOrWhiteSpace(o.BindAddress) ? IPAddress.Any : IPAddress.Parse(o.BindAddress),
            Port = o.Port,
            Policy = policy,
            MaximumAssociations = o.MaxAssociations,
        }, sink, loggers.CreateLogger<DicomServer>());
        GatewayLog.Listening(_logger, o.AeTitle, _server.LocalEndPoint.Port, string.Join(", ", runtime.Routes.Routes.Select(r => $"{r.Options.CalledAeTitle}->{r.Name}->{r.Options.Destination}")));
        return Task.CompletedTask;
    }

    private AssociationRejection? Admit(AssociationCandidate candidate)
    {
        var address = candidate.RemoteEndPoint?.Address ?? IPAddress.None;
        var (_, why) = runtime.Routes.Select(candidate.CalledAETitle, candidate.CallingAETitle, address);
        if (why == RouteRejection.None) return null;
        var remote = candidate.RemoteEndPoint?.ToString() ?? "?";
        switch (why)
        {
            case RouteRejection.CalledAeNotRecognized:
                GatewayLog.AssociationRejected(_logger, candidate.CallingAETitle, remote, candidate.CalledAETitle, "no route serves the called AE title");
                return AssociationRejection.CalledAETitleNotRecognized;
            case RouteRejection.CallingAeNotRecognized:
                GatewayLog.AssociationRejected(_logger, candidate.CallingAETitle, remote, candidate.CalledAETitle, "calling AE title not allowed on the route");
                return AssociationRejection.CallingAETitleNotRecognized;
            default:
                GatewayLog.AssociationRejected(_logger, candidate.CallingAETitle, remote, candidate.CalledAETitle, "address not allowed on the route");
                return AssociationRejection.NoReasonGiven;
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null) await _server.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync().ConfigureAwait(false);
    }
}
