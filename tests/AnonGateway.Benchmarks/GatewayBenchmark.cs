using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using AnonGateway.TestSupport;

namespace AnonGateway.Benchmarks;

/// <summary><c>gateway [--reps N] [--senders N]</c>: the 200-slice study sent by dcmtk's storescu (one association; with
/// <c>--senders</c>, that many storescu at once, each with its own study) straight to dcmtk's storescp, versus storescu →
/// <c>anongw serve</c> (the deployable build of <c>deploy/publish.sh</c>; site + project script, durable spool) → storescp,
/// timed until the last object is in storescp's folder. Prints the medians and the ratio direct/gateway (1.0 = as fast as
/// direct), for a gateway just started and for one warmed up.</summary>
public static class GatewayBenchmark
{
    private const string ProjectScript = """
        version "6.6"
        (0020,000D) := hashUID[(0020,000D)]
        (0020,000E) := hashUID[(0020,000E)]
        (0008,0018) := hashUID[(0008,0018)]
        (0008,1030) := project
        - (0008,0050)
        """;

    private const int WarmupObjects = 30;

    public static async Task<int> RunAsync(string[] args)
    {
        int reps = 3, senders = 1;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--reps" && i + 1 < args.Length) reps = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--senders" && i + 1 < args.Length) senders = int.Parse(args[++i], CultureInfo.InvariantCulture);
        }
        using var temp = new TempDirectory("bench-gw");
        // One study per concurrent sender (seeds 1..N: different UIDs, so nothing overwrites anything at the destination).
        var studies = new List<string>();
        for (int n = 1; n <= senders; n++)
        {
            var folder = temp.Combine($"study{n}");
            if (!await SyntheticStudy.MakeAsync(folder, seed: n).ConfigureAwait(false)) return 1;
            studies.Add(folder);
        }
        var study = studies[0];
        int count = studies.Sum(f => Directory.GetFiles(f, "*.dcm").Length);
        var project = temp.Combine("project.das");
        await File.WriteAllTextAsync(project, ProjectScript).ConfigureAwait(false);
        var site = Path.Combine(TestPaths.RepoRoot, "config", "scripts", "site.das");
        var anongw = await PublishedAnongw.PublishAsync(temp.Combine("anongw")).ConfigureAwait(false);
        Console.WriteLine($"{count} objects from {senders} concurrent storescu, {reps} repetitions (median); storescu -> storescp vs storescu -> anongw serve -> storescp");

        // A warm-up send: a gateway is a long-running server, so its steady state is what a site sees; the cold run
        // (first objects after start, JIT included) is reported too.
        var warmup = temp.Combine("warmup");
        Directory.CreateDirectory(warmup);
        foreach (var f in Directory.GetFiles(study, "*.dcm").Order(StringComparer.Ordinal).Take(WarmupObjects))
            File.Copy(f, Path.Combine(warmup, Path.GetFileName(f)));

        var direct = new List<double>();
        var cold = new List<double>();
        var warm = new List<double>();
        for (int r = 0; r < reps; r++)
        {
            direct.Add(await DirectAsync(temp.Combine($"direct{r}"), studies, count).ConfigureAwait(false));
            cold.Add(await GatewayAsync(anongw, temp.Combine($"cold{r}"), studies, count, site, project, warmup: null).ConfigureAwait(false));
            warm.Add(await GatewayAsync(anongw, temp.Combine($"warm{r}"), studies, count, site, project, warmup).ConfigureAwait(false));
        }
        double d = SyntheticStudy.Median(direct), c = SyntheticStudy.Median(cold), w = SyntheticStudy.Median(warm);
        Console.WriteLine($"direct  storescu -> storescp:                        {d,8:F0} ms");
        Console.WriteLine($"gateway storescu -> anongw -> storescp, just started: {c,8:F0} ms   ratio {d / c:F2}");
        Console.WriteLine($"gateway storescu -> anongw -> storescp, warmed up:    {w,8:F0} ms   ratio {d / w:F2}");
        Console.WriteLine($"ratio direct/gateway (warmed up): {d / w:F2} (aim >= 0.90)");
        return 0;
    }

    private static async Task<double> DirectAsync(string folder, IReadOnlyList<string> studies, int count)
    {
        await using var scp = await StoreScp.StartAsync(Path.Combine(folder, "scp")).ConfigureAwait(false);
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(studies.Select(s => Send(scp.Port, "XNAT", s))).ConfigureAwait(false);
        await scp.WaitForAsync(count).ConfigureAwait(false);
        return sw.Elapsed.TotalMilliseconds;
    }

    private static async Task<double> GatewayAsync(string anongw, string folder, IReadOnlyList<string> studies, int count, string site, string project, string? warmup)
    {
        Directory.CreateDirectory(folder);
        await using var scp = await StoreScp.StartAsync(Path.Combine(folder, "scp")).ConfigureAwait(false);
        int port = LoopbackPort.GetFree();
        var config = new
        {
            Gateway = new
            {
                Port = port, BindAddress = "127.0.0.1", SpoolPath = Path.Combine(folder, "spool"), LogPath = Path.Combine(folder, "logs"), SiteScript = site,
                Routes = new[] { new { Name = "bench", CalledAeTitle = "*", ProjectScript = project, Variables = new Dictionary<string, string> { ["project"] = "BENCH", ["subject"] = "S1", ["session"] = "E1" }, Destination = "xnat" } },
                Destinations = new Dictionary<string, object> { ["xnat"] = new { Host = "127.0.0.1", Port = scp.Port, CalledAeTitle = "XNAT" } },
            },
        };
        var cfg = Path.Combine(folder, "gateway.json");
        await File.WriteAllTextAsync(cfg, JsonSerializer.Serialize(config)).ConfigureAwait(false);
        using var gw = new BackgroundPeer("dotnet", [anongw, "serve", "--config", cfg], folder);
        await LoopbackPort.WaitListeningAsync(port, TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        if (warmup is not null)
        {
            await Send(port, "ANONGW", warmup).ConfigureAwait(false);
            await scp.WaitForAsync(WarmupObjects).ConfigureAwait(false);
            var queue = Path.Combine(folder, "spool", "queue");
            while (Directory.EnumerateFiles(queue, "*.dcm", SearchOption.AllDirectories).Any()) await Task.Delay(5).ConfigureAwait(false);
            scp.Clear();
        }
        var sw = Stopwatch.StartNew();
        await Task.WhenAll(studies.Select(s => Send(port, "ANONGW", s))).ConfigureAwait(false);
        await scp.WaitForAsync(count).ConfigureAwait(false);
        return sw.Elapsed.TotalMilliseconds;
    }

    private static async Task Send(int port, string calledAe, string study)
    {
        var r = await ExternalTool.RunAsync("storescu", ["-aec", calledAe, "+sd", "-nh", "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), study], TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        if (r.ExitCode != 0) throw new InvalidOperationException("storescu failed: " + r.StdErr);
    }

    /// <summary>dcmtk's storescp writing into a folder (the stand-in XNAT), with a way to wait for N files.</summary>
    private sealed class StoreScp : IAsyncDisposable
    {
        private readonly BackgroundPeer _process;
        private StoreScp(BackgroundPeer p, int port, string folder) { _process = p; Port = port; Folder = folder; }
        public int Port { get; }
        public string Folder { get; }

        public static async Task<StoreScp> StartAsync(string folder)
        {
            Directory.CreateDirectory(folder);
            int port = LoopbackPort.GetFree();
            var p = new BackgroundPeer("storescp", ["-aet", "XNAT", "-od", folder, "+xa", port.ToString(CultureInfo.InvariantCulture)]);
            await LoopbackPort.WaitListeningAsync(port, TimeSpan.FromSeconds(15)).ConfigureAwait(false);
            return new StoreScp(p, port, folder);
        }

        public void Clear()
        {
            foreach (var f in Directory.GetFiles(Folder)) File.Delete(f);
        }

        public async Task WaitForAsync(int count)
        {
            var deadline = DateTime.UtcNow.AddMinutes(5);
            while (Directory.GetFiles(Folder).Length < count)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"only {Directory.GetFiles(Folder).Length} of {count} objects arrived");
                await Task.Delay(5).ConfigureAwait(false);
            }
        }

        public ValueTask DisposeAsync()
        {
            _process.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
