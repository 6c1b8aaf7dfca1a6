using System.Diagnostics;
using System.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>Runs the real <c>anongw</c> program (the build beside the tests) as a child process in a working folder.</summary>
internal sealed class AnongwProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private AnongwProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the process printed so far (stdout and stderr).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    public bool HasExited => _process.HasExited;
    public int ExitCode => _process.ExitCode;
    public int Id => _process.Id;

    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "anongw.dll");

    /// <summary>Starts <c>anongw ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    public static AnongwProcess Start(string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(ProgramPath);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["TCP_NODELAY"] = "1";
        if (environment is not null) foreach (var (k, v) in environment) psi.Environment[k] = v;
        return new AnongwProcess(Process.Start(psi) ?? throw new InvalidOperationException("cannot start anongw"));
    }

    /// <summary>Runs <c>anongw ARGS</c> to completion.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, IEnumerable<string> args, TimeSpan timeout)
    {
        await using var p = Start(workingDirectory, args);
        using var cts = new CancellationTokenSource(timeout);
        await p._process.WaitForExitAsync(cts.Token);
        p._process.WaitForExit(); // drains the redirected output
        return (p.ExitCode, p.Output);
    }

    /// <summary>Waits until the gateway listens on <paramref name="port"/>; fails with its output if it exits first.</summary>
    public async Task WaitListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"anongw exited with {_process.ExitCode}:\n{Output}");
            if (Output.Contains("listening on port", StringComparison.Ordinal) || Output.Contains("receiving as", StringComparison.Ordinal))
            {
                await LoopbackPort.WaitListeningAsync(port, TimeSpan.FromSeconds(10));
                return;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException("anongw did not start listening:\n" + Output);
    }

    /// <summary>SIGKILL, as a crash would.</summary>
    public void Kill()
    {
        // SIGKILL of the process itself first (finding a tree takes a /proc scan, long enough for 100 more objects).
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit(10_000);
    }

    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"'{text}' not seen in:\n{Output}");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        _process.Dispose();
        await Task.CompletedTask;
    }
}
