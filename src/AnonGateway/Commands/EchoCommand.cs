using System.CommandLine;
using AnonGateway.Dicom.Network;
using AnonGateway.Dicom.Network.Services;

namespace AnonGateway.Commands;

/// <summary><c>anongw echo --host H --port P --called AE [--calling AE]</c>: one association, C-ECHO, release.
/// Exit 0 when the peer answers success; 1 with the classified failure on standard error otherwise.</summary>
internal static class EchoCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "the peer's host name or address", Required = true };
        var port = new Option<int>("--port") { Description = "the peer's port", Required = true };
        var called = new Option<string>("--called") { Description = "the peer's AE title", Required = true };
        var calling = new Option<string>("--calling") { Description = "our AE title", DefaultValueFactory = _ => "ANONGW" };
        var command = new Command("echo", "Verify a DICOM peer with C-ECHO.") { host, port, called, calling };
        command.SetAction((parse, ct) => RunAsync(new DicomClientOptions
        {
            Host = parse.GetValue(host)!,
            Port = parse.GetValue(port),
            CalledAETitle = parse.GetValue(called)!,
            CallingAETitle = parse.GetValue(calling)!,
        }, Console.Out, Console.Error, ct));
        return command;
    }

    internal static async Task<int> RunAsync(DicomClientOptions options, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            var status = await StorageScu.EchoAsync(options, null, cancellationToken).ConfigureAwait(false);
            if (status.Code == 0)
            {
                await output.WriteLineAsync($"C-ECHO {options.CallingAETitle} -> {options.CalledAETitle}@{options.Host}:{options.Port}: success").ConfigureAwait(false);
                return 0;
            }
            await error.WriteLineAsync($"C-ECHO answered with status {status}").ConfigureAwait(false);
            return 1;
        }
        catch (DicomNetworkException ex)
        {
            await error.WriteLineAsync($"C-ECHO failed ({ex.Kind}{(ex.IsTransient ? ", transient" : ", permanent")}): {ex.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
