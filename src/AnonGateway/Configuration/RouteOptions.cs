namespace AnonGateway.Configuration;

/// <summary>One route: which associations it takes, which project script runs, where the result goes.</summary>
public sealed class RouteOptions
{
    /// <summary>The route's name, used in logs and in <c>anongw replay --route</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The called AE title this route serves, or "*" for any.</summary>
    public string CalledAeTitle { get; set; } = "*";

    /// <summary>Calling AE titles allowed on this route; any when empty.</summary>
    public List<string> CallingAeTitles { get; set; } = [];

    /// <summary>Peer addresses allowed on this route (CIDR or single addresses); any when empty.</summary>
    public List<string> AllowedAddresses { get; set; } = [];

    /// <summary>The project script, run after the site script; none when empty.</summary>
    public string? ProjectScript { get; set; }

    /// <summary>A Java properties file of <c>keyType/key = value</c> lines for the scripts' <c>lookup[keyType, key]</c>
    /// (a pseudonym list, for example); none when empty. Reloaded when it changes.</summary>
    public string? LookupTable { get; set; }

    /// <summary>What a lookup of a key the table lacks does: <see cref="LookupMissingKey.Fail"/> (default) or
    /// <see cref="LookupMissingKey.NoValue"/>.</summary>
    public LookupMissingKey LookupMissingKey { get; set; } = LookupMissingKey.Fail;

    /// <summary>Host variables of the scripts (project, subject, session, …).</summary>
    public Dictionary<string, string> Variables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The name of a destination in <see cref="GatewayOptions.Destinations"/>.</summary>
    public string Destination { get; set; } = "";
}
