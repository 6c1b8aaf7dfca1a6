using AnonGateway.Forwarding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Hosting;

/// <summary>One forwarding loop per destination, each independent of the others: drain, then wait for a signal or the
/// poll interval. At start every loop first drains what a previous run left in the spool.</summary>
public sealed partial class ForwardingService(GatewayRuntime runtime, ILoggerFactory loggers) : BackgroundService
{
    private readonly ILogger _logger = loggers.CreateLogger<ForwardingService>();

    /// <summary>How long an empty queue keeps a destination's association open.</summary>
    private static readonly TimeSpan IdleAfter = TimeSpan.FromSeconds(2);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(runtime.Options.Destinations.Keys.Select(name => RunAsync(name, stoppingToken)));

    private async Task RunAsync(string destination, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var target = runtime.CreateTarget(destination);
        var d = runtime.Options.Destinations[destination];
        var forwarder = new Forwarder(target, runtime.Spool, runtime.Options.Forwarding, d.MaxObjectsPerAssociation, loggers.CreateLogger<Forwarder>());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                int n = await forwarder.DrainAsync(stoppingToken).ConfigureAwait(false);
                if (n > 0) LogDelivered(_logger, n, destination);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                LogSpoolError(_logger, destination, ex.Message);
            }
            // A short wait first: objects of a study arrive one by one, and the open association is worth keeping.
            if (await runtime.Signal.WaitAsync(destination, IdleAfter, stoppingToken).ConfigureAwait(false)) continue;
            await target.IdleAsync(stoppingToken).ConfigureAwait(false);
            await runtime.Signal.WaitAsync(destination, runtime.Options.Forwarding.PollInterval, stoppingToken).ConfigureAwait(false);
        }
        if (target is IAsyncDisposable disposable) await disposable.DisposeAsync().ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 7003, Level = LogLevel.Information, Message = "Forwarded {Count} objects to {Destination}")]
    private static partial void LogDelivered(ILogger logger, int count, string destination);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Error, Message = "Forwarding to {Destination}: spool error {Error}; will retry")]
    private static partial void LogSpoolError(ILogger logger, string destination, string error);
}
