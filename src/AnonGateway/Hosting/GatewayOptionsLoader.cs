using AnonGateway.Configuration;
using Microsoft.Extensions.Configuration;

namespace AnonGateway.Hosting;

/// <summary>Reads <see cref="GatewayOptions"/> from the layered configuration.</summary>
public static class GatewayOptionsLoader
{
    /// <summary>The options of the embedded defaults, <paramref name="configFile"/> and the environment.</summary>
    /// <remarks>Configuration layers merge lists item by item, which would blend a file's first route with the default
    /// catch-all route; a file that names routes therefore replaces the default list.</remarks>
    public static GatewayOptions Load(string? configFile)
    {
        var config = GatewayConfiguration.Build(configFile);
        var options = new GatewayOptions();
        config.GetSection(GatewayOptions.SectionName).Bind(options);
        if (!string.IsNullOrEmpty(configFile))
        {
            var fileOnly = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(configFile), optional: false).Build();
            var routes = fileOnly.GetSection($"{GatewayOptions.SectionName}:Routes");
            if (routes.Exists())
            {
                var list = new List<RouteOptions>();
                routes.Bind(list);
                options.Routes = list;
            }
        }
        return options;
    }
}
