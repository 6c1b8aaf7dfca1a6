namespace AnonGateway.TestSupport;

/// <summary>Where the repository and the read-only shared test data (<c>../shared</c>) are.</summary>
public static class TestPaths
{
    private static readonly Lazy<string> s_repoRoot = new(() =>
    {
        // Test binaries may live outside the checkout (dotnet --artifacts-path): then the current folder, then the
        // folder this source file was compiled from, find it.
        string?[] starts = [Environment.GetEnvironmentVariable("ANONGW_REPO"), AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory()];
        foreach (var start in starts)
        {
            if (string.IsNullOrEmpty(start) || !Directory.Exists(start)) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AnonGateway.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("AnonGateway.sln not found above " + AppContext.BaseDirectory + " (set ANONGW_REPO)");
    });

    private static string? SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path);

    /// <summary>The checkout's root folder (where AnonGateway.sln is).</summary>
    public static string RepoRoot => s_repoRoot.Value;

    /// <summary>The shared folder: <c>ANONGW_SHARED</c> when set, else <c>../shared</c> beside the checkout.</summary>
    public static string Shared
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("ANONGW_SHARED");
            var path = string.IsNullOrEmpty(env) ? Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared")) : env;
            if (!Directory.Exists(path)) throw new DirectoryNotFoundException($"shared test data not found at {path} (set ANONGW_SHARED)");
            return path;
        }
    }

    public static string TestData => Path.Combine(Shared, "testdata");
    public static string Corpus => Path.Combine(TestData, "corpus");
    public static string DicomEditReference => Path.Combine(TestData, "dicomedit-reference");
    public static string DicomStandard => Path.Combine(Shared, "dicom-standard");
    public static string Docs => Path.Combine(Shared, "docs");

    /// <summary>Every file of the corpus outside <c>malformed/</c> (and not the manifest), relative paths, sorted.</summary>
    public static IReadOnlyList<string> WellFormedCorpusFiles() =>
        [.. Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f))
            .Where(f => !f.StartsWith("malformed" + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Every file of <c>corpus/malformed/</c>, relative paths, sorted.</summary>
    public static IReadOnlyList<string> MalformedCorpusFiles() =>
        [.. Directory.EnumerateFiles(Path.Combine(Corpus, "malformed"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Corpus, f)).Order(StringComparer.Ordinal)];
}
