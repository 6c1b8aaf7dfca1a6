using System.Globalization;
using AnonGateway.TestSupport;

namespace AnonGateway.Benchmarks;

/// <summary>The synthetic CT study every benchmark runs on (<c>make-study.sh</c> from the shared test data), and the
/// median the benchmarks report.</summary>
internal static class SyntheticStudy
{
    /// <summary>Makes <paramref name="slices"/> objects in <paramref name="folder"/>; false (with make-study's error
    /// printed) when it fails.</summary>
    public static async Task<bool> MakeAsync(string folder, int slices = 200, int seed = 1)
    {
        var made = await ExternalTool.RunAsync("bash", [Path.Combine(TestPaths.TestData, "make-study.sh"), folder, slices.ToString(CultureInfo.InvariantCulture)],
            TimeSpan.FromMinutes(10), environment: new Dictionary<string, string> { ["SEED"] = seed.ToString(CultureInfo.InvariantCulture) }).ConfigureAwait(false);
        if (made.ExitCode != 0) await Console.Error.WriteLineAsync("make-study.sh failed: " + made.StdErr).ConfigureAwait(false);
        return made.ExitCode == 0;
    }

    /// <summary>The median of <paramref name="values"/>.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
