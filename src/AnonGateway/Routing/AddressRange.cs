using System.Net;

namespace AnonGateway.Routing;

/// <summary>An allowed peer address: one address or a CIDR range (IPv4 or IPv6; IPv4-mapped IPv6 peers match IPv4 ranges).</summary>
public readonly record struct AddressRange(IPNetwork Network)
{
    /// <summary>Parses <c>10.1.2.3</c>, <c>10.0.0.0/8</c>, <c>::1</c>, <c>fd00::/8</c>.</summary>
    public static bool TryParse(string? text, out AddressRange range)
    {
        range = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            if (!IPAddress.TryParse(text, out var single)) return false;
            range = new AddressRange(new IPNetwork(single, single.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            return true;
        }
        if (!IPNetwork.TryParse(text, out var network)) return false;
        range = new AddressRange(network);
        return true;
    }

    /// <summary>Whether <paramref name="address"/> lies in the range.</summary>
    public bool Contains(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6 && Network.BaseAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
            address = address.MapToIPv4();
        return Network.Contains(address);
    }

    public override string ToString() => Network.ToString();
}
