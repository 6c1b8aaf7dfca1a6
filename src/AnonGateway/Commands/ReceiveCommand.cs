using System.CommandLine;
using System.Net;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.Dicom.Network.UpperLayer;

namespace AnonGateway.Commands;

/// <summary><c>anongw receive --port P --ae AE --out DIR</c>: a plain storage SCP (like dcmtk's storescp) that writes
/// each object to <c>DIR/&lt;SOP Instance UID&gt;.dcm</c> until interrupted. For testing routes and as a stand-in XNAT.</summary>
internal static class ReceiveCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "the port to listen on", Required = true };
        var ae = new Option<string>("--ae") { Description = "our AE title (requests calling another are rejected)", Required = true };
        var output = new Option<string>("--out") { Description = "the folder to write objects to", Required = true };
        var bind = new Option<string>("--bind") { Description = "the address to listen on", DefaultValueFactory = _ => "0.0.0.0" };
        var maxPdu = new Option<uint>("--max-pdu") { Description = "the maximum PDU length we accept (0 = unlimited)", DefaultValueFactory = _ => 65536 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "print nothing per object" };
        var command = new Command("receive", "Receive DICOM objects (C-STORE SCP) into a folder.") { port, ae, output, bind, maxPdu, quiet };
        command.SetAction((parse, ct) => RunAsync(parse.GetValue(port), parse.GetValue(ae)!, parse.GetValue(output)!, IPAddress.Parse(parse.GetValue(bind)!),
            parse.GetValue(maxPdu), parse.GetValue(quiet), Console.Out, ct));
        return command;
    }

    internal static async Task<int> RunAsync(int port, string aeTitle, string directory, IPAddress bind, uint maxPdu, bool quiet, TextWriter output, CancellationToken cancellationToken)
    {
        var sink = new ReportingSink(new FileStorageSink(directory), quiet ? null : output);
        var options = new DicomServerOptions
        {
            BindAddress = bind,
            Port = port,
            Policy = new AssociationPolicy
            {
                MaximumPduLength = maxPdu,
                Admit = c => string.Equals(c.CalledAETitle, aeTitle, StringComparison.Ordinal) ? null : AssociationRejection.CalledAETitleNotRecognized,
            },
        };
        var server = DicomServer.Start(options, sink);
        await using (server.ConfigureAwait(false))
        {
            await output.WriteLineAsync($"receiving as {aeTitle} on {server.LocalEndPoint} into {Path.GetFullPath(directory)}").ConfigureAwait(false);
            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            try { await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { }
        }
        return 0;
    }

    /// <summary>Prints one line per object after the file sink answered.</summary>
    private sealed class ReportingSink(IStorageSink inner, TextWriter? output) : IStorageSink
    {
        private readonly SemaphoreSlim _lock = new(1, 1);

        public async ValueTask<StoreResult> StoreAsync(StoreRequestContext context, Stream dataSet, CancellationToken cancellationToken)
        {
            var result = await inner.StoreAsync(context, dataSet, cancellationToken).ConfigureAwait(false);
            if (output is not null)
            {
                await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    await output.WriteLineAsync($"{result.Status} {context.SopInstanceUid} {context.TransferSyntax.Uid} from {context.Association.CallingAETitle}").ConfigureAwait(false);
                    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
                finally { _lock.Release(); }
            }
            return result;
        }
    }
}
