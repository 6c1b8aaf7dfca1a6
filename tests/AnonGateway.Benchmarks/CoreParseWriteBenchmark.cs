using System.Diagnostics;
using System.Globalization;
using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Benchmarks;

/// <summary><c>core-parse-write [--reps N]</c>: parses and rewrites (Part 10, same transfer syntax) the 200 files of
/// <c>SEED=1 make-study.sh</c>, and times DCMTK's <c>dcmconv</c> on the same files in the same run.</summary>
/// <remarks>Ours runs in-process (JIT warmed by one untimed pass); dcmconv runs once per file from one bash loop, so its
/// time includes 200 process starts. Both read from and write to the same temporary folder (page cache warm).</remarks>
public static class CoreParseWriteBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int reps = 5;
        for (int i = 0; i < args.Length; i++)
            if (args[i] == "--reps" && i + 1 < args.Length) reps = int.Parse(args[++i], CultureInfo.InvariantCulture);

        using var temp = new TempDirectory("bench-core");
        var input = temp.Combine("in");
        if (!await SyntheticStudy.MakeAsync(input).ConfigureAwait(false)) return 1;
        var files = Directory.GetFiles(input, "*.dcm").Order(StringComparer.Ordinal).ToArray();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"{files.Length} files, {bytes / 1e6:F1} MB, {reps} repetitions (median)");

        var ours = temp.Combine("ours");
        Directory.CreateDirectory(ours);
        ParseAndWrite(files, ours); // warm-up: JIT, page cache
        var ourTimes = new List<double>();
        for (int r = 0; r < reps; r++)
        {
            var sw = Stopwatch.StartNew();
            ParseAndWrite(files, ours);
            ourTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        var theirs = temp.Combine("dcmconv");
        Directory.CreateDirectory(theirs);
        var script = $"for f in \"{input}\"/*.dcm; do dcmconv \"$f\" \"{theirs}/$(basename \"$f\")\" || exit 1; done";
        var dcmtkTimes = new List<double>();
        for (int r = 0; r < reps; r++)
        {
            var sw = Stopwatch.StartNew();
            var result = await ExternalTool.RunAsync("bash", ["-c", script], TimeSpan.FromMinutes(10)).ConfigureAwait(false);
            if (result.ExitCode != 0) { Console.Error.WriteLine(result.StdErr); return 1; }
            dcmtkTimes.Add(sw.Elapsed.TotalMilliseconds);
        }

        double ourMedian = SyntheticStudy.Median(ourTimes), dcmtkMedian = SyntheticStudy.Median(dcmtkTimes);
        Console.WriteLine($"anongw core parse+write: {ourMedian,8:F0} ms  ({bytes / 1e6 / (ourMedian / 1000):F0} MB/s, {ourMedian / files.Length:F2} ms/file)");
        Console.WriteLine($"dcmconv (per-file processes): {dcmtkMedian,8:F0} ms  ({dcmtkMedian / files.Length:F2} ms/file)");
        Console.WriteLine($"ratio dcmconv / anongw: {dcmtkMedian / ourMedian:F2}");
        return 0;
    }

    private static void ParseAndWrite(string[] files, string outputFolder)
    {
        foreach (var f in files)
        {
            var file = DicomFile.Open(f);
            file.Save(Path.Combine(outputFolder, Path.GetFileName(f)));
        }
    }

}
