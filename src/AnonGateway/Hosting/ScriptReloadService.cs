using AnonGateway.Logging;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Hosting;

/// <summary>Reloads scripts and lookup tables whose files changed (checked every two seconds: polling works on every file system, where
/// change notifications do not). A new version with errors is refused and logged; the old one stays in use.</summary>
public sealed class ScriptReloadService(GatewayRuntime runtime, ILogger<ScriptReloadService> logger) : BackgroundService
{
    /// <summary>How often the script files are checked.</summary>
    public static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            foreach (var script in runtime.Pipeline.Scripts.Distinct())
            {
                var refused = script.ReloadIfChanged(out bool reloaded);
                if (reloaded) GatewayLog.ScriptReloaded(logger, script.Path);
                else if (refused is not null) GatewayLog.ScriptReloadRefused(logger, script.Path, refused);
            }
            foreach (var table in runtime.Pipeline.LookupTables)
            {
                var refused = table.ReloadIfChanged(out bool reloaded);
                if (reloaded) GatewayLog.LookupTableReloaded(logger, table.Path, table.Count);
                else if (refused is not null) GatewayLog.LookupTableReloadRefused(logger, table.Path, refused);
            }
        }
    }
}
