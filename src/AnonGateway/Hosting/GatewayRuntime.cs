using AnonGateway.Anonymization;
using AnonGateway.Configuration;
using AnonGateway.Routing;
using AnonGateway.Spool;
using AnonGateway.Forwarding;

namespace AnonGateway.Hosting;

/// <summary>Everything <c>serve</c> and <c>replay</c> share, built once from validated options: routes, compiled scripts,
/// the spool and the queue signal. Building it fails (with a message naming the key or the script diagnostics) rather
/// than starting a gateway that cannot do its job.</summary>
public sealed class GatewayRuntime
{
    private GatewayRuntime(GatewayOptions options, RouteTable routes, AnonymizationPipeline pipeline, SpoolStore spool)
    {
        Options = options;
        Routes = routes;
        Pipeline = pipeline;
        Spool = spool;
    }

    public GatewayOptions Options { get; }
    public RouteTable Routes { get; }
    public AnonymizationPipeline Pipeline { get; }
    public SpoolStore Spool { get; }
    public QueueSignal Signal { get; } = new();

    /// <summary>Validates <paramref name="options"/>, compiles every script, opens the spool.</summary>
    /// <exception cref="GatewayConfigurationException">A configuration value is wrong (one line per problem).</exception>
    /// <exception cref="ScriptLoadException">A script has errors (the diagnostics, as <c>validate</c> prints them).</exception>
    public static GatewayRuntime Create(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SiteScript = GatewayConfiguration.ResolveFile(options.SiteScript);
        foreach (var r in options.Routes)
        {
            r.ProjectScript = GatewayConfiguration.ResolveFile(r.ProjectScript);
            r.LookupTable = GatewayConfiguration.ResolveFile(r.LookupTable);
        }
        var errors = GatewayOptionsValidator.Check(options);
        if (errors.Count > 0) throw new GatewayConfigurationException(string.Join(Environment.NewLine, errors));

        var problems = new List<string>();
        ScriptFile? site = TryLoad(options.SiteScript, problems);
        var projects = new Dictionary<string, ScriptFile>(StringComparer.Ordinal);
        var byPath = new Dictionary<string, ScriptFile>(StringComparer.Ordinal);
        foreach (var r in options.Routes)
        {
            if (r.ProjectScript is null) continue;
            if (!byPath.TryGetValue(r.ProjectScript, out var script))
            {
                script = TryLoad(r.ProjectScript, problems);
                if (script is null) continue;
                byPath[r.ProjectScript] = script;
            }
            projects[r.Name] = script;
        }
        if (problems.Count > 0) throw new ScriptLoadException(string.Join(Environment.NewLine, problems));
        var lookups = LoadLookupTables(options.Routes);
        return new GatewayRuntime(options, new RouteTable(options.Routes), new AnonymizationPipeline(site, projects, lookups), new SpoolStore(options.SpoolPath));
    }

    private static Dictionary<string, LookupTable> LoadLookupTables(IReadOnlyList<RouteOptions> routes)
    {
        var byRoute = new Dictionary<string, LookupTable>(StringComparer.Ordinal);
        var byPath = new Dictionary<(string, LookupMissingKey), LookupTable>();
        var errors = new List<string>();
        for (int i = 0; i < routes.Count; i++)
        {
            var r = routes[i];
            if (r.LookupTable is null) continue;
            if (!byPath.TryGetValue((r.LookupTable, r.LookupMissingKey), out var table))
            {
                try { byPath[(r.LookupTable, r.LookupMissingKey)] = table = LookupTable.Load(r.LookupTable, r.LookupMissingKey); }
                catch (LookupTableException ex) { errors.Add($"Gateway:Routes:{i}:LookupTable: {ex.Message}"); continue; }
            }
            byRoute[r.Name] = table;
        }
        if (errors.Count > 0) throw new GatewayConfigurationException(string.Join(Environment.NewLine, errors));
        return byRoute;
    }

    /// <summary>The forward target of each destination.</summary>
    public IForwardTarget CreateTarget(string name)
    {
        var d = Options.Destinations[name];
        return d.IsDicom ? new DicomForwardTarget(name, d) : new FolderForwardTarget(name, d.Folder!);
    }

    private static ScriptFile? TryLoad(string? path, List<string> problems)
    {
        if (path is null) return null;
        try { return ScriptFile.Load(path); }
        catch (ScriptLoadException ex) { problems.Add(ex.Message); return null; }
    }
}
