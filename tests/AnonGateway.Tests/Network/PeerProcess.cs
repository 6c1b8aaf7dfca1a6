using System.Diagnostics;
using System.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Network;

/// <summary>A peer that runs until the test ends (storescp, Orthanc, <c>anongw receive</c>): started with
/// TCP_NODELAY=1, its output kept for failure messages, killed (whole tree) on dispose.</summary>
internal sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PeerProcess(ProcessStartInfo psi)
    {
        psi.UseShellExecute = false;
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.Environment["TCP_NODELAY"] = "1";
        _process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + psi.FileName);
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Everything the process printed so far.</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <summary>Starts an installed tool (dcmtk, Orthanc).</summary>
    public static PeerProcess Tool(string name, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(ExternalTool.Require(name));
        foreach (var a in args) psi.ArgumentList.Add(a);
        return new PeerProcess(psi);
    }

    /// <summary>Starts the <c>anongw</c> program built beside the tests.</summary>
    public static PeerProcess Anongw(IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo("dotnet");
        psi.ArgumentList.Add(Network.Anongw.ProgramPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        return new PeerProcess(psi);
    }

    /// <summary>Waits until the peer listens on <paramref name="port"/>; fails with its output if it exits first.</summary>
    public async Task WaitListeningAsync(int port, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        var listening = LoopbackPort.WaitListeningAsync(port, timeout);
        var exited = _process.WaitForExitAsync(cts.Token);
        var first = await Task.WhenAny(listening, exited);
        if (first == exited && _process.HasExited) throw new InvalidOperationException($"{_process.StartInfo.FileName} exited with {_process.ExitCode}:\n{Output}");
        await listening;
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        _process.WaitForExit(10_000);
        _process.Dispose();
    }
}
