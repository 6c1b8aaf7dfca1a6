using System.Net;
using AnonGateway.Configuration;

namespace AnonGateway.Routing;

/// <summary>Picks the route of an association: routes for the exact called AE title first, in configuration order,
/// then catch-all routes; the first whose calling-AE and address allow-lists admit the peer wins.</summary>
public sealed class RouteTable
{
    private readonly Route[] _routes;

    public RouteTable(IEnumerable<RouteOptions> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        _routes = [.. routes.Select(r => new Route(r))];
    }

    public IReadOnlyList<Route> Routes => _routes;

    /// <summary>The route for a peer, or why there is none (the most specific reason among the candidate routes).</summary>
    public (Route? Route, RouteRejection Rejection) Select(string calledAeTitle, string callingAeTitle, IPAddress remoteAddress)
    {
        ArgumentNullException.ThrowIfNull(calledAeTitle);
        ArgumentNullException.ThrowIfNull(callingAeTitle);
        ArgumentNullException.ThrowIfNull(remoteAddress);
        var candidates = _routes.Where(r => !r.IsCatchAll && r.ServesCalled(calledAeTitle)).Concat(_routes.Where(r => r.IsCatchAll)).ToList();
        if (candidates.Count == 0) return (null, RouteRejection.CalledAeNotRecognized);
        var rejection = RouteRejection.CallingAeNotRecognized;
        foreach (var route in candidates)
        {
            if (!route.AllowsCalling(callingAeTitle)) continue;
            if (!route.AllowsAddress(remoteAddress)) { rejection = RouteRejection.AddressNotAllowed; continue; }
            return (route, RouteRejection.None);
        }
        return (null, rejection);
    }

    /// <summary>The route named <paramref name="name"/>, or null.</summary>
    public Route? Find(string name) => _routes.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
}
