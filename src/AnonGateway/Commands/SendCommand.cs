using System.CommandLine;
using System.Diagnostics;
using AnonGateway.Dicom.Network;
using AnonGateway.Dicom.Network.Services;
using Spectre.Console;

namespace AnonGateway.Commands;

/// <summary><c>anongw send --host H --port P --called AE [--calling AE] PATH...</c>: sends files and folders
/// (recursively), one association per batch, with a progress bar on a terminal and a summary line. Exit 1 when any
/// object was not stored.</summary>
internal static class SendCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "the peer's host name or address", Required = true };
        var port = new Option<int>("--port") { Description = "the peer's port", Required = true };
        var called = new Option<string>("--called") { Description = "the peer's AE title", Required = true };
        var calling = new Option<string>("--calling") { Description = "our AE title", DefaultValueFactory = _ => "ANONGW" };
        var maxPdu = new Option<uint>("--max-pdu") { Description = "the maximum PDU length we accept (0 = unlimited)", DefaultValueFactory = _ => 65536 };
        var window = new Option<ushort>("--window") { Description = "operations to have outstanding at once, when the peer agrees", DefaultValueFactory = _ => 1 };
        var paths = new Argument<string[]>("paths") { Description = "files or folders (searched recursively)", Arity = ArgumentArity.OneOrMore };
        var command = new Command("send", "Send DICOM files to a peer (C-STORE SCU).") { host, port, called, calling, maxPdu, window, paths };
        command.SetAction((parse, ct) => RunAsync(new DicomClientOptions
        {
            Host = parse.GetValue(host)!,
            Port = parse.GetValue(port),
            CalledAETitle = parse.GetValue(called)!,
            CallingAETitle = parse.GetValue(calling)!,
            MaximumPduLength = parse.GetValue(maxPdu),
            MaximumOperationsInvoked = parse.GetValue(window),
        }, parse.GetValue(paths) ?? [], Console.Out, Console.Error, interactive: !Console.IsOutputRedirected && !Console.IsErrorRedirected, ct));
        return command;
    }

    internal static async Task<int> RunAsync(DicomClientOptions options, IReadOnlyList<string> paths, TextWriter output, TextWriter error, bool interactive, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p)) files.AddRange(Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else
            {
                await error.WriteLineAsync($"{p}: no such file or folder").ConfigureAwait(false);
                return 2;
            }
        }
        var clock = Stopwatch.StartNew();
        var (sources, unreadable) = StorageScu.OpenFiles(files);
        var outcomes = new List<StoreOutcome>(unreadable);
        foreach (var u in unreadable) await error.WriteLineAsync($"{u.Path}: not sent: {u.Message}").ConfigureAwait(false);

        async Task SendAll(Action<StoreOutcome> onOutcome)
        {
            foreach (var batch in StorageScu.Batches(sources))
                outcomes.AddRange(await StorageScu.SendBatchAsync(options, batch, onOutcome, null, cancellationToken).ConfigureAwait(false));
        }

        if (interactive && sources.Count > 0)
        {
            await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"sending to {options.CalledAETitle}", maxValue: sources.Count);
                await SendAll(_ => task.Increment(1)).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            await SendAll(_ => { }).ConfigureAwait(false);
        }
        foreach (var failed in outcomes.Where(o => !o.Succeeded && o.Failure != DicomFailureKind.LocalError))
            await error.WriteLineAsync($"{failed.Path}: {failed.Failure}{(failed.Status is { } s ? " " + s : "")}{(failed.IsTransient ? " (transient)" : "")}: {failed.Message}").ConfigureAwait(false);
        int ok = outcomes.Count(o => o.Succeeded);
        int bad = outcomes.Count - ok;
        await output.WriteLineAsync($"sent {ok} of {outcomes.Count} objects to {options.CalledAETitle}@{options.Host}:{options.Port} in {clock.Elapsed.TotalSeconds:F1} s; {bad} failed").ConfigureAwait(false);
        return bad == 0 ? 0 : 1;
    }
}
