using System.Diagnostics;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>dcmtk's storescp as the stand-in XNAT: accepts everything, writes each object into a folder.</summary>
internal sealed class StoreScpProcess : IAsyncDisposable
{
    private readonly Process _process;

    private StoreScpProcess(Process p, int port, string folder) { _process = p; Port = port; Folder = folder; }

    public int Port { get; }
    public string Folder { get; }

    public static async Task<StoreScpProcess> StartAsync(string folder, string aeTitle = "XNAT", int? port = null)
    {
        Directory.CreateDirectory(folder);
        int p = port ?? LoopbackPort.GetFree();
        var psi = new ProcessStartInfo(ExternalTool.Require("storescp")) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-aet", aeTitle, "-od", folder, "+xa", "-uf", p.ToString(System.Globalization.CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        psi.Environment["TCP_NODELAY"] = "1";
        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await LoopbackPort.WaitListeningAsync(p, TimeSpan.FromSeconds(15));
        return new StoreScpProcess(process, p, folder);
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
