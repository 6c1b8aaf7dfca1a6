using AnonGateway.Configuration;

namespace AnonGateway.Tests.Gateway;

public class GatewayOptionsValidatorTests
{
    private static GatewayOptions Valid() => new()
    {
        Routes = [new RouteOptions { Name = "r", CalledAeTitle = "*", Destination = "local" }],
        Destinations = new() { ["local"] = new DestinationOptions { Folder = "out" } },
    };

    [Fact]
    public void ValidConfiguration_HasNoErrors() => Assert.Empty(GatewayOptionsValidator.Check(Valid()));

    [Theory]
    [InlineData("Port", "Gateway:Port")]
    [InlineData("AeTitle", "Gateway:AeTitle")]
    [InlineData("Destination", "Gateway:Routes:0:Destination")]
    [InlineData("Address", "Gateway:Routes:0:AllowedAddresses:0")]
    [InlineData("Folderless", "Gateway:Destinations:local")]
    [InlineData("SiteScript", "Gateway:SiteScript")]
    [InlineData("LookupTable", "Gateway:Routes:0:LookupTable")]
    [InlineData("InMemory", "Gateway:InMemoryObjectLimitMiB")]
    public void BadValue_IsReportedUnderItsKey(string what, string key)
    {
        var o = Valid();
        switch (what)
        {
            case "Port": o.Port = 70000; break;
            case "AeTitle": o.AeTitle = "THIS-IS-FAR-TOO-LONG"; break;
            case "Destination": o.Routes[0].Destination = "nowhere"; break;
            case "Address": o.Routes[0].AllowedAddresses.Add("10.0.0.0/99"); break;
            case "Folderless": o.Destinations["local"].Folder = null; break;
            case "SiteScript": o.SiteScript = "/nonexistent/site.das"; break;
            case "LookupTable": o.Routes[0].LookupTable = "/nonexistent/pseudonyms.properties"; break;
            case "InMemory": o.InMemoryObjectLimitMiB = 2000; break;
        }
        var errors = GatewayOptionsValidator.Check(o);
        Assert.Contains(errors, e => e.StartsWith(key + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateRouteNames_AreReported()
    {
        var o = Valid();
        o.Routes.Add(new RouteOptions { Name = "r", CalledAeTitle = "X", Destination = "local" });
        Assert.Contains(GatewayOptionsValidator.Check(o), e => e.StartsWith("Gateway:Routes:1:Name", StringComparison.Ordinal));
    }
}
