using AnonGateway.TestSupport;

namespace AnonGateway.Benchmarks;

/// <summary>The deployable anongw, published by <c>deploy/publish.sh</c> (precompiled, as a site runs it) into a folder,
/// once per benchmark run.</summary>
internal static class PublishedAnongw
{
    /// <summary>Publishes into <paramref name="folder"/> and returns the path of <c>anongw.dll</c> to run with <c>dotnet</c>.</summary>
    public static async Task<string> PublishAsync(string folder)
    {
        var script = Path.Combine(TestPaths.RepoRoot, "deploy", "publish.sh");
        var r = await ExternalTool.RunAsync("bash", [script, folder, "--artifacts-path", Path.Combine(folder, "..", "publish-artifacts")], TimeSpan.FromMinutes(10)).ConfigureAwait(false);
        if (r.ExitCode != 0) throw new InvalidOperationException("deploy/publish.sh failed: " + r.StdOut + r.StdErr);
        Console.WriteLine($"anongw published (ReadyToRun) to {folder}");
        return Path.Combine(folder, "anongw.dll");
    }
}
