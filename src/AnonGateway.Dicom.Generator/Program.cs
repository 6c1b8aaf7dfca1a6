namespace AnonGateway.Dicom.Generator;

/// <summary>Regenerates the checked-in tables of the DICOM core from ../shared/dicom-standard/.</summary>
/// <remarks>Usage: <c>dotnet run --project src/AnonGateway.Dicom.Generator -- [--check] [--standard DIR] [--repo DIR]</c>.
/// With <c>--check</c> nothing is written and the exit code is 1 when a checked-in file is stale.</remarks>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool check = false;
        string? standard = null, repo = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--check": check = true; break;
                case "--standard" when i + 1 < args.Length: standard = args[++i]; break;
                case "--repo" when i + 1 < args.Length: repo = args[++i]; break;
                default:
                    Console.Error.WriteLine($"unknown argument '{args[i]}'. Usage: [--check] [--standard DIR] [--repo DIR]");
                    return 2;
            }
        }
        repo ??= TableGenerator.FindRepositoryRoot(Directory.GetCurrentDirectory()) ?? TableGenerator.FindRepositoryRoot(AppContext.BaseDirectory);
        if (repo is null)
        {
            Console.Error.WriteLine("AnonGateway.sln not found above the current folder; pass --repo DIR");
            return 2;
        }
        standard ??= Path.GetFullPath(Path.Combine(repo, "..", "shared", "dicom-standard"));
        if (!File.Exists(Path.Combine(standard, "attributes.json")))
        {
            Console.Error.WriteLine($"attributes.json not found in {standard}; pass --standard DIR");
            return 2;
        }

        var generator = new TableGenerator(standard, repo);
        if (check)
        {
            var stale = generator.FindStale();
            foreach (var path in stale) Console.Error.WriteLine($"stale: {path}");
            Console.WriteLine(stale.Count == 0 ? "generated tables are current" : $"{stale.Count} generated file(s) are stale; run the generator");
            return stale.Count == 0 ? 0 : 1;
        }
        var written = generator.Write();
        foreach (var path in written) Console.WriteLine($"wrote {path}");
        if (written.Count == 0) Console.WriteLine("generated tables are current");
        return 0;
    }
}
