using System.CommandLine;
using AnonGateway.Anonymization;
using AnonGateway.Hosting;
using AnonGateway.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;

namespace AnonGateway.Commands;

/// <summary><c>anongw serve [--config FILE]</c>: the gateway (also what <c>anongw</c> alone runs).</summary>
internal static class ServeCommand
{
    public static readonly Option<string?> ConfigOption = new("--config") { Description = "A JSON file layered over the embedded appsettings.json (environment variables override both)." };

    public static Command Create()
    {
        var command = new Command("serve", "Run the gateway: receive, anonymize with the site and project scripts, forward.");
        command.Options.Add(ConfigOption);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(ConfigOption), ct));
        return command;
    }

    /// <summary>Starts the gateway and runs until stopped. Exit 2: bad configuration; 1: a script has errors.</summary>
    public static async Task<int> RunAsync(string? configFile, CancellationToken cancellationToken)
    {
        GatewayRuntime runtime;
        try
        {
            runtime = GatewayRuntime.Create(GatewayOptionsLoader.Load(configFile));
        }
        catch (Exception ex) when (ex is GatewayConfigurationException or FileNotFoundException or InvalidOperationException or FormatException)
        {
            await Console.Error.WriteLineAsync("anongw: the configuration is not usable:" + Environment.NewLine + ex.Message).ConfigureAwait(false);
            return 2;
        }
        catch (ScriptLoadException ex)
        {
            await Console.Error.WriteLineAsync("anongw: a script has errors; the gateway does not start:" + Environment.NewLine + ex.Message).ConfigureAwait(false);
            return 1;
        }

        var logger = GatewayLogging.Create(runtime.Options.LogPath);
        try
        {
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Environment.CurrentDirectory, DisableDefaults = true });
            builder.Services.AddSerilog(logger, dispose: false);
            builder.Services.AddSingleton(runtime);
            // Stopped in reverse order: the listener first, so nothing arrives while forwarders wind down.
            builder.Services.AddHostedService<ForwardingService>();
            builder.Services.AddHostedService<ScriptReloadService>();
            builder.Services.AddHostedService<ListenerService>();
            using var host = builder.Build();
            var loggers = host.Services.GetRequiredService<ILoggerFactory>();
            GatewayLog.Recovered(loggers.CreateLogger("AnonGateway.Spool"), runtime.Spool.RecoverAfterRestart(),
                runtime.Options.Destinations.Keys.Sum(runtime.Spool.CountQueued));
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        }
        catch (System.Net.Sockets.SocketException ex)
        {
            logger.Fatal("cannot listen on port {Port}: {Error}", runtime.Options.Port, ex.Message);
            return 2;
        }
        finally
        {
            await ((IAsyncDisposable)logger).DisposeAsync().ConfigureAwait(false);
        }
    }
}
