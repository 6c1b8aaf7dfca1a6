using System.Globalization;
using System.Net;
using AnonGateway.Routing;
using Microsoft.Extensions.Options;

namespace AnonGateway.Configuration;

/// <summary>Checks the configuration at start; each problem names its key (<c>Gateway:Routes:0:Destination</c>) so a bad value
/// stops the start with a message an operator can act on.</summary>
public sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>Every problem of <paramref name="options"/>, one message each; empty when the configuration is usable.</summary>
    public static IReadOnlyList<string> Check(GatewayOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string g = GatewayOptions.SectionName;
        var errors = new List<string>();
        CheckAeTitle(errors, $"{g}:AeTitle", options.AeTitle);
        if (options.Port is < 1 or > 65535) errors.Add($"{g}:Port: {options.Port} is not a TCP port (1-65535)");
        if (options.MaxAssociations < 1) errors.Add($"{g}:MaxAssociations: must be at least 1, not {options.MaxAssociations}");
        if (options.InMemoryObjectLimitMiB is < 0 or > ReceivedObjectDefaults.MaxInMemoryLimitMiB)
            errors.Add($"{g}:InMemoryObjectLimitMiB: must be 0 to {ReceivedObjectDefaults.MaxInMemoryLimitMiB}, not {options.InMemoryObjectLimitMiB}");
        if (string.IsNullOrWhiteSpace(options.SpoolPath)) errors.Add($"{g}:SpoolPath: must name a folder");
        if (!string.IsNullOrWhiteSpace(options.BindAddress) && !IPAddress.TryParse(options.BindAddress, out _))
            errors.Add($"{g}:BindAddress: '{options.BindAddress}' is not an IP address");
        if (!string.IsNullOrWhiteSpace(options.SiteScript) && !File.Exists(options.SiteScript))
            errors.Add($"{g}:SiteScript: file '{options.SiteScript}' does not exist");
        if (options.Routes.Count == 0) errors.Add($"{g}:Routes: at least one route is needed (CalledAeTitle \"*\" catches all)");

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < options.Routes.Count; i++)
        {
            var r = options.Routes[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"{g}:Routes:{i}");
            if (string.IsNullOrWhiteSpace(r.Name)) errors.Add($"{key}:Name: every route needs a name");
            else if (!names.Add(r.Name)) errors.Add($"{key}:Name: '{r.Name}' is used by another route");
            if (r.CalledAeTitle != "*") CheckAeTitle(errors, $"{key}:CalledAeTitle", r.CalledAeTitle);
            for (int j = 0; j < r.CallingAeTitles.Count; j++) CheckAeTitle(errors, $"{key}:CallingAeTitles:{j}", r.CallingAeTitles[j]);
            for (int j = 0; j < r.AllowedAddresses.Count; j++)
                if (!AddressRange.TryParse(r.AllowedAddresses[j], out _))
                    errors.Add($"{key}:AllowedAddresses:{j}: '{r.AllowedAddresses[j]}' is not an address or CIDR range (e.g. 10.0.0.0/8)");
            if (!string.IsNullOrWhiteSpace(r.ProjectScript) && !File.Exists(r.ProjectScript))
                errors.Add($"{key}:ProjectScript: file '{r.ProjectScript}' does not exist");
            if (!string.IsNullOrWhiteSpace(r.LookupTable) && !File.Exists(r.LookupTable))
                errors.Add($"{key}:LookupTable: file '{r.LookupTable}' does not exist");
            if (!options.Destinations.ContainsKey(r.Destination))
                errors.Add($"{key}:Destination: '{r.Destination}' is not one of the destinations ({string.Join(", ", options.Destinations.Keys)})");
        }

        foreach (var (dname, d) in options.Destinations)
        {
            var key = $"{g}:Destinations:{dname}";
            if (d.IsDicom)
            {
                if (d.Port is < 1 or > 65535) errors.Add($"{key}:Port: {d.Port} is not a TCP port (1-65535)");
                CheckAeTitle(errors, $"{key}:CalledAeTitle", d.CalledAeTitle);
                CheckAeTitle(errors, $"{key}:CallingAeTitle", d.CallingAeTitle);
                if (d.MaxObjectsPerAssociation < 1) errors.Add($"{key}:MaxObjectsPerAssociation: must be at least 1");
            }
            else if (string.IsNullOrWhiteSpace(d.Folder))
            {
                errors.Add($"{key}: give Host (a DICOM destination) or Folder (a local folder)");
            }
        }
        if (options.Forwarding.InitialRetryDelay <= TimeSpan.Zero) errors.Add($"{g}:Forwarding:InitialRetryDelay: must be positive");
        if (options.Forwarding.MaxRetryDelay < options.Forwarding.InitialRetryDelay) errors.Add($"{g}:Forwarding:MaxRetryDelay: must not be below InitialRetryDelay");
        if (options.Forwarding.PermanentFailureAttempts < 1) errors.Add($"{g}:Forwarding:PermanentFailureAttempts: must be at least 1");
        return errors;
    }

    /// <summary>PS3.5 AE: 1-16 characters of the default repertoire, no backslash or control characters, not all spaces.</summary>
    private static void CheckAeTitle(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) { errors.Add($"{key}: an AE title is needed"); return; }
        if (value.Length > 16) errors.Add($"{key}: '{value}' is longer than 16 characters");
        if (value.Any(c => c < 0x20 || c > 0x7E || c == '\\')) errors.Add($"{key}: '{value}' may hold only printable ASCII characters and no backslash");
    }
}
