using System.Diagnostics;

namespace AnonGateway.TestSupport;

/// <summary>A peer that runs until the test or benchmark ends (storescp, Orthanc, an anongw receiver): started with
/// TCP_NODELAY=1 and its output drained, killed on dispose.</summary>
public sealed class BackgroundPeer : IDisposable
{
    private readonly Process _process;

    /// <param name="tool">A program on PATH (see <see cref="ExternalTool.Require"/>).</param>
    /// <param name="args">Its arguments.</param>
    /// <param name="workingDirectory">Where it runs; the current folder when null.</param>
    public BackgroundPeer(string tool, IEnumerable<string> args, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(ExternalTool.Require(tool)) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (workingDirectory is not null) psi.WorkingDirectory = workingDirectory;
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TCP_NODELAY"] = "1";
        _process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + tool);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Kills the peer (and its children) and waits for it.</summary>
    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
