using System.Net;
using AnonGateway.Configuration;

namespace AnonGateway.Routing;

/// <summary>A configured route with its allow-lists parsed.</summary>
public sealed class Route
{
    private readonly HashSet<string> _callingAeTitles;
    private readonly AddressRange[] _addresses;

    public Route(RouteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _callingAeTitles = new HashSet<string>(options.CallingAeTitles.Select(a => a.Trim()), StringComparer.Ordinal);
        _addresses = [.. options.AllowedAddresses.Select(a => AddressRange.TryParse(a, out var r) ? r : throw new FormatException($"route {options.Name}: bad address {a}"))];
    }

    public RouteOptions Options { get; }
    public string Name => Options.Name;
    public bool IsCatchAll => Options.CalledAeTitle.Trim() == "*";

    /// <summary>Whether this route serves <paramref name="calledAeTitle"/> (AE titles compare exactly, without padding).</summary>
    public bool ServesCalled(string calledAeTitle) => IsCatchAll || string.Equals(Options.CalledAeTitle.Trim(), calledAeTitle.Trim(), StringComparison.Ordinal);

    public bool AllowsCalling(string callingAeTitle) => _callingAeTitles.Count == 0 || _callingAeTitles.Contains(callingAeTitle.Trim());

    public bool AllowsAddress(IPAddress address) => _addresses.Length == 0 || _addresses.Any(r => r.Contains(address));
}
