using Microsoft.Extensions.Configuration;

namespace AnonGateway.Hosting;

/// <summary>Builds the configuration the .NET way: the embedded <c>appsettings.json</c> (beside the program), then the
/// optional <c>--config FILE</c>, then environment variables (<c>Gateway__Port=11113</c>) over both.</summary>
public static class GatewayConfiguration
{
    /// <summary>The configuration for <c>serve</c> and <c>replay</c>.</summary>
    public static IConfigurationRoot Build(string? configFile)
    {
        var builder = new ConfigurationBuilder();
        var embedded = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        builder.AddJsonFile(embedded, optional: !File.Exists(embedded), reloadOnChange: false);
        if (!string.IsNullOrEmpty(configFile))
        {
            if (!File.Exists(configFile)) throw new FileNotFoundException($"configuration file '{configFile}' does not exist", configFile);
            builder.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }
        builder.AddEnvironmentVariables();
        return builder.Build();
    }

    /// <summary>Resolves a configured file path (a script, a lookup table): as given (relative to the current folder), else relative to the
    /// program's folder, where the embedded <c>config/</c> lives, so the defaults work from any folder.</summary>
    public static string? ResolveFile(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (Path.IsPathRooted(path) || File.Exists(path)) return Path.GetFullPath(path);
        var beside = Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(beside) ? beside : Path.GetFullPath(path);
    }
}
