using System.Diagnostics;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Network.Tests.Interop;

/// <summary>A peer that runs until the test ends (storescp, Orthanc): started with TCP_NODELAY=1, killed on dispose.</summary>
internal sealed class BackgroundPeer : IDisposable
{
    private readonly Process _process;

    public BackgroundPeer(string tool, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(ExternalTool.Require(tool)) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TCP_NODELAY"] = "1";
        _process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + tool);
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public void Dispose()
    {
        try { if (!_process.HasExited) _process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { }
        _process.WaitForExit(5000);
        _process.Dispose();
    }
}
