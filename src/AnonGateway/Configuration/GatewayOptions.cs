namespace AnonGateway.Configuration;

/// <summary>What a site's script failure does to the sender's C-STORE (spec'd in the gateway issue).</summary>
public enum ScriptErrorPolicy
{
    /// <summary>The sender gets a failure status whose Error Comment names the script location.</summary>
    Reject,
    /// <summary>The sender gets success; the original waits in quarantine for a fixed script and <c>anongw replay</c>.</summary>
    AcceptAndQuarantine,
}

/// <summary>The <c>Gateway</c> section of the configuration.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>Our AE title (1–16 characters of the default repertoire, no backslash).</summary>
    public string AeTitle { get; set; } = "ANONGW";

    /// <summary>The TCP port the SCP listens on.</summary>
    public int Port { get; set; } = 11112;

    /// <summary>The address to bind; any address when empty.</summary>
    public string? BindAddress { get; set; }

    /// <summary>How many associations are served at once; more are rejected (transient).</summary>
    public int MaxAssociations { get; set; } = 64;

    /// <summary>Objects up to this many MiB are received into memory, bigger ones are streamed to <c>spool/incoming/</c>
    /// (0: every object goes to disk first). The gateway holds at most <see cref="MaxAssociations"/> times this.</summary>
    public int InMemoryObjectLimitMiB { get; set; } = ReceivedObjectDefaults.InMemoryLimitMiB;

    /// <summary>The spool folder: incoming, per-destination queues, quarantine and dead letters.</summary>
    public string SpoolPath { get; set; } = "spool";

    /// <summary>The site-wide script run on every object before the route's project script; none when empty.</summary>
    public string? SiteScript { get; set; }

    /// <summary>What a script failure answers the sender.</summary>
    public ScriptErrorPolicy OnScriptError { get; set; } = ScriptErrorPolicy.Reject;

    /// <summary>Folder for log files (rolling) and the one-line-per-failure anonymization log.</summary>
    public string LogPath { get; set; } = "logs";

    /// <summary>The routes, tried in order; a route with CalledAeTitle "*" catches every called AE title.</summary>
    public List<RouteOptions> Routes { get; set; } = [];

    /// <summary>Destinations by name.</summary>
    public Dictionary<string, DestinationOptions> Destinations { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Forwarding retry and budget settings.</summary>
    public ForwardingOptions Forwarding { get; set; } = new();
}
