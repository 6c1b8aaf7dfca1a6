using System.CommandLine;
using AnonGateway.Anonymization;
using AnonGateway.Hosting;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Extensions.Logging;

namespace AnonGateway.Commands;

/// <summary><c>anongw replay [--route R] [--config FILE]</c>: runs quarantined originals through the current scripts;
/// those that now pass are queued for their destination (a running gateway forwards them) and leave quarantine.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var route = new Option<string?>("--route") { Description = "Only objects quarantined on this route." };
        var command = new Command("replay", "Re-run quarantined objects through the current scripts.");
        command.Options.Add(route);
        command.Options.Add(ServeCommand.ConfigOption);
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(ServeCommand.ConfigOption), parse.GetValue(route), ct));
        return command;
    }

    private static async Task<int> RunAsync(string? configFile, string? routeName, CancellationToken cancellationToken)
    {
        GatewayRuntime runtime;
        try { runtime = GatewayRuntime.Create(GatewayOptionsLoader.Load(configFile)); }
        catch (Exception ex) when (ex is GatewayConfigurationException or ScriptLoadException or FileNotFoundException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("anongw replay: " + ex.Message).ConfigureAwait(false);
            return 2;
        }
        var serilog = GatewayLogging.Create(runtime.Options.LogPath);
        using var loggers = new SerilogLoggerFactory(serilog, dispose: true);
        var processor = new ObjectProcessor(runtime, loggers);
        int queued = 0, rejected = 0, failed = 0, skipped = 0;
        foreach (var (path, record) in runtime.Spool.ListQuarantined())
        {
            if (routeName is not null && record.Route != routeName) continue;
            var route = runtime.Routes.Find(record.Route);
            if (route is null)
            {
                await Console.Error.WriteLineAsync($"{Path.GetFileName(path)}: route '{record.Route}' no longer exists; left in quarantine").ConfigureAwait(false);
                skipped++;
                continue;
            }
            // The quarantined file is moved again if it fails again, so work on it where it is.
            using var source = ReceivedObject.FromFile(path);
            var original = source.Open(ObjectProcessor.ReadOptions);
            var origin = new ObjectOrigin(record.CallingAeTitle, record.CalledAeTitle, record.RemoteAddress, record.SopClassUid ?? "", record.SopInstanceUid ?? "");
            var result = await processor.ProcessAsync(original, source, route, origin, cancellationToken).ConfigureAwait(false);
            switch (result.Outcome)
            {
                case ProcessingOutcome.Queued: runtime.Spool.ReleaseQuarantined(path); queued++; break;
                case ProcessingOutcome.Rejected: runtime.Spool.ReleaseQuarantined(path); rejected++; break;
                default:
                    runtime.Spool.ReleaseQuarantined(path); // a fresh quarantine entry with the new reason replaced it
                    await Console.Error.WriteLineAsync($"{result.Script}:{result.Line}:{result.Column}: error: still failing (object {record.SopInstanceUid})").ConfigureAwait(false);
                    failed++;
                    break;
            }
        }
        await Console.Out.WriteLineAsync($"replay: {queued} queued for forwarding, {rejected} rejected by the scripts, {failed} still failing, {skipped} skipped").ConfigureAwait(false);
        return failed > 0 || skipped > 0 ? 1 : 0;
    }
}
