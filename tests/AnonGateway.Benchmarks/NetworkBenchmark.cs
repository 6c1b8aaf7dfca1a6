using System.Diagnostics;
using System.Globalization;
using AnonGateway.TestSupport;

namespace AnonGateway.Benchmarks;

/// <summary><c>network [--reps N]</c>: C-STORE of the 200 files of <c>SEED=1 make-study.sh</c> over loopback, in one
/// run: (a) dcmtk storescu → storescp versus storescu → <c>anongw receive</c>; (b) storescu → storescp versus
/// <c>anongw send</c> → storescp. Medians of N runs (default 5) and the ratios dcmtk / anongw.</summary>
/// <remarks>Each timed run is the sending process from start to exit (one association, process start included for
/// both senders); receivers are started once, untimed, and write to a fresh folder of the same tmpfs (/dev/shm when
/// present) each run. TCP_NODELAY=1 for the dcmtk tools. One untimed warm-up run per pair fills the page cache.</remarks>
public static class NetworkBenchmark
{
    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    public static async Task<int> RunAsync(string[] args)
    {
        int reps = 5;
        for (int i = 0; i < args.Length; i++)
            if (args[i] == "--reps" && i + 1 < args.Length) reps = int.Parse(args[++i], CultureInfo.InvariantCulture);

        using var temp = new TempDirectory("bench-net");
        var input = temp.Combine("in");
        if (!await SyntheticStudy.MakeAsync(input).ConfigureAwait(false)) return 1;
        var files = Directory.GetFiles(input, "*.dcm").Order(StringComparer.Ordinal).ToArray();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        string outRoot = Directory.Exists("/dev/shm") ? Path.Combine("/dev/shm", "anongw-bench-" + Guid.NewGuid().ToString("N")) : temp.Combine("out");
        Console.WriteLine($"{files.Length} files, {bytes / 1e6:F1} MB, {reps} repetitions (median), receivers write to {outRoot}");
        try
        {
            var storescpDir = Path.Combine(outRoot, "storescp");
            var anongwDir = Path.Combine(outRoot, "anongw");
            Directory.CreateDirectory(storescpDir);
            Directory.CreateDirectory(anongwDir);
            int scpPort = LoopbackPort.GetFree();
            int ourPort = LoopbackPort.GetFree();
            string anongw = await PublishedAnongw.PublishAsync(temp.Combine("anongw")).ConfigureAwait(false);
            using var storescp = new BackgroundPeer("storescp", ["-aet", "STORESCP", "-od", storescpDir, "-uf", Port(scpPort)]);
            using var receiver = new BackgroundPeer("dotnet", [anongw, "receive", "--port", Port(ourPort), "--ae", "ANONGW", "--out", anongwDir, "--bind", "127.0.0.1", "--quiet"]);
            await LoopbackPort.WaitListeningAsync(scpPort, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
            await LoopbackPort.WaitListeningAsync(ourPort, TimeSpan.FromSeconds(30)).ConfigureAwait(false);

            string[] storescuTo(string ae, int port) => ["-aec", ae, "127.0.0.1", Port(port), .. files];
            var toStorescp = (ExternalTool.Require("storescu"), storescuTo("STORESCP", scpPort));
            var toAnongw = (ExternalTool.Require("storescu"), storescuTo("ANONGW", ourPort));
            var anongwSend = ("dotnet", (string[])[anongw, "send", "--host", "127.0.0.1", "--port", Port(scpPort), "--called", "STORESCP", .. files]);

            var a1 = await TimeAsync("storescu -> storescp", toStorescp, reps, storescpDir, files.Length).ConfigureAwait(false);
            var a2 = await TimeAsync("storescu -> anongw receive", toAnongw, reps, anongwDir, files.Length).ConfigureAwait(false);
            var b2 = await TimeAsync("anongw send -> storescp", anongwSend, reps, storescpDir, files.Length).ConfigureAwait(false);
            // The fixed cost of a .NET process (runtime start, JIT) against dcmtk's native one: anongw echo (start, one
            // association, C-ECHO, release) and echoscu, so that the per-object cost can be compared too.
            var echoscu = await TimeAsync("echoscu -> storescp", (ExternalTool.Require("echoscu"), ["-aec", "STORESCP", "127.0.0.1", Port(scpPort)]), reps, storescpDir, 0).ConfigureAwait(false);
            var anongwEcho = await TimeAsync("anongw echo -> storescp", ("dotnet", [anongw, "echo", "--host", "127.0.0.1", "--port", Port(scpPort), "--called", "STORESCP"]), reps, storescpDir, 0).ConfigureAwait(false);
            if (a1 is null || a2 is null || b2 is null || echoscu is null || anongwEcho is null) return 1;

            Console.WriteLine();
            Console.WriteLine($"(a) receive: storescp {a1,7:F0} ms   anongw receive {a2,7:F0} ms   ratio storescp/anongw = {a1 / a2:F2}   ({bytes / 1e6 / (a2.Value / 1000):F0} MB/s into anongw)");
            Console.WriteLine($"(b) send:    storescu {a1,7:F0} ms   anongw send    {b2,7:F0} ms   ratio storescu/anongw = {a1 / b2:F2}   ({bytes / 1e6 / (b2.Value / 1000):F0} MB/s from anongw)");
            Console.WriteLine($"    without process start (minus the echo run): storescu {a1 - echoscu,7:F0} ms   anongw send {b2 - anongwEcho,7:F0} ms   ratio = {(a1 - echoscu) / (b2 - anongwEcho):F2}");
            return 0;
        }
        finally
        {
            if (outRoot.StartsWith("/dev/shm/", StringComparison.Ordinal) && Directory.Exists(outRoot)) Directory.Delete(outRoot, recursive: true);
        }
    }

    /// <summary>One untimed warm-up, then <paramref name="reps"/> timed runs; checks every object arrived each time.</summary>
    private static async Task<double?> TimeAsync(string name, (string Tool, string[] Args) sender, int reps, string outputDir, int expected)
    {
        var times = new List<double>();
        for (int r = -1; r < reps; r++)
        {
            foreach (var f in Directory.EnumerateFiles(outputDir)) File.Delete(f);
            var sw = Stopwatch.StartNew();
            var result = await ExternalTool.RunAsync(sender.Tool, sender.Args, TimeSpan.FromMinutes(5)).ConfigureAwait(false);
            double ms = sw.Elapsed.TotalMilliseconds;
            int arrived = Directory.EnumerateFiles(outputDir).Count(f => !f.Contains(".partial-", StringComparison.Ordinal));
            if (result.ExitCode != 0 || arrived != expected)
            {
                Console.Error.WriteLine($"{name}: exit {result.ExitCode}, {arrived} of {expected} arrived\n{result.StdErr}");
                return null;
            }
            if (r >= 0) times.Add(ms);
        }
        times.Sort();
        double median = times[times.Count / 2];
        Console.WriteLine($"{name,-28} median {median,7:F0} ms   runs: {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}");
        return median;
    }
}
