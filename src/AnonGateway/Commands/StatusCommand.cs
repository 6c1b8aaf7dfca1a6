using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using AnonGateway.Hosting;
using AnonGateway.Spool;

namespace AnonGateway.Commands;

/// <summary><c>anongw status [--config FILE] [--format text|json]</c>: what waits in the spool — per destination the queued
/// objects and the age of the oldest, the dead-lettered ones with the latest reason, and the quarantine. Reads the folders,
/// so it works whether or not the gateway runs. Exit code 0 when all is well, 1 when something is quarantined or
/// dead-lettered (for cron and monitoring), 2 for a bad configuration or usage.</summary>
internal static class StatusCommand
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "text (one line per destination) or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("status", "Show what waits in the spool: queued, dead-lettered and quarantined objects.");
        command.Options.Add(ServeCommand.ConfigOption);
        command.Options.Add(format);
        command.SetAction(parse => Run(parse.GetValue(ServeCommand.ConfigOption), parse.GetValue(format) ?? "text", DateTimeOffset.UtcNow,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The command's behaviour, callable from tests.</summary>
    public static int Run(string? configFile, string format, DateTimeOffset now, TextWriter output, TextWriter error)
    {
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"status: --format must be text or json, not '{format}'");
            return 2;
        }
        Configuration.GatewayOptions options;
        try { options = GatewayOptionsLoader.Load(configFile); }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or InvalidOperationException or FormatException)
        {
            error.WriteLine("status: " + ex.Message);
            return 2;
        }
        var status = SpoolStatus.Read(options.SpoolPath, options.Destinations.Keys, now);
        if (format == "json") WriteJson(status, output);
        else WriteText(status, output);
        return status.NeedsAttention ? 1 : 0;
    }

    private static void WriteText(SpoolStatus s, TextWriter o)
    {
        o.WriteLine($"spool {s.Root}");
        foreach (var d in s.Destinations)
        {
            var oldest = d.OldestQueued is { } age ? $" (oldest waiting {Age(age)})" : "";
            var dead = d.DeadLettered > 0 ? $", {d.DeadLettered} dead-lettered (latest: {d.LatestDeadLetterReason ?? "no reason recorded"})" : ", 0 dead-lettered";
            o.WriteLine($"destination {d.Name}: {d.Queued} queued{oldest}{dead}");
        }
        if (s.Quarantined == 0) o.WriteLine("quarantine: empty");
        else
        {
            var q = s.LatestQuarantine;
            var where = q is null ? "" : $" (latest: route {q.Route}, {Path.GetFileName(q.ScriptFile)}:{q.Line}:{q.Column}: {q.Error}; run anongw replay after fixing the script)";
            o.WriteLine($"quarantine: {s.Quarantined} object(s){where}");
        }
        if (s.Incoming > 0) o.WriteLine($"incoming: {s.Incoming} being received");
        o.WriteLine(s.NeedsAttention ? "status: needs attention" : "status: ok");
    }

    private static void WriteJson(SpoolStatus s, TextWriter o)
    {
        var doc = new
        {
            spool = s.Root,
            destinations = s.Destinations.Select(d => new
            {
                name = d.Name,
                queued = d.Queued,
                oldestQueuedSeconds = d.OldestQueued is { } a ? Math.Round(a.TotalSeconds, 1) : (double?)null,
                deadLettered = d.DeadLettered,
                latestDeadLetterReason = d.LatestDeadLetterReason,
            }),
            quarantined = s.Quarantined,
            latestQuarantine = s.LatestQuarantine is { } q ? new { route = q.Route, script = q.ScriptFile, line = q.Line, column = q.Column, error = q.Error, time = q.Time } : null,
            incoming = s.Incoming,
            needsAttention = s.NeedsAttention,
        };
        o.WriteLine(JsonSerializer.Serialize(doc, s_json));
    }

    private static string Age(TimeSpan t) =>
        t.TotalSeconds < 90 ? $"{t.TotalSeconds.ToString("F0", CultureInfo.InvariantCulture)} s"
        : t.TotalMinutes < 90 ? $"{t.TotalMinutes.ToString("F0", CultureInfo.InvariantCulture)} min"
        : $"{t.TotalHours.ToString("F1", CultureInfo.InvariantCulture)} h";
}
