namespace AnonGateway.Benchmarks;

/// <summary>Runs the benchmark named on the command line (each lives in its own file and registers below).</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
        {
            // "name" = EntryPoint, one line per benchmark.
            ["dicomedit"] = DicomEditBenchmark.RunAsync,
            ["core-parse-write"] = CoreParseWriteBenchmark.RunAsync,
            ["network"] = NetworkBenchmark.RunAsync,
            ["gateway"] = GatewayBenchmark.RunAsync,
        };
        if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
        {
            Console.Error.WriteLine("usage: AnonGateway.Benchmarks <" + string.Join('|', benchmarks.Keys) + "> [options]");
            return 2;
        }
        return await run(args[1..]).ConfigureAwait(false);
    }
}
