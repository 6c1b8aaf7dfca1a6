using System.Diagnostics;

namespace AnonGateway.Tests.Network;

/// <summary>Runs <c>dotnet anongw.dll ARGS</c> (the build beside the tests) to completion.</summary>
internal static class Anongw
{
    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "anongw.dll");

    /// <summary>Runs the program; kills it and throws when it takes longer than <paramref name="timeout"/>.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(IEnumerable<string> args, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(ProgramPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TCP_NODELAY"] = "1";
        using var process = Process.Start(psi) ?? throw new InvalidOperationException("cannot start anongw");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try { await process.WaitForExitAsync(cts.Token); }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"anongw {string.Join(' ', psi.ArgumentList)} did not finish in {timeout}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
