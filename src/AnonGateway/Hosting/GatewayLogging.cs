using AnonGateway.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Filters;

namespace AnonGateway.Hosting;

/// <summary>Serilog for the host: console, a rolling file, and the one-line-per-failure anonymization log
/// <c>logs/anon-*.log</c> (script errors and rejects only).</summary>
public static class GatewayLogging
{
    /// <summary>Creates the logger; <paramref name="logPath"/> is the folder of the files.</summary>
    public static Serilog.ILogger Create(string logPath, LogEventLevel minimum = LogEventLevel.Information)
    {
        Directory.CreateDirectory(logPath);
        return new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}")
            .WriteTo.File(Path.Combine(logPath, "anongw-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 30,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}")
            .WriteTo.Logger(anon => anon
                .Filter.ByIncludingOnly(Matching.FromSource(GatewayLog.AnonCategory))
                .WriteTo.File(Path.Combine(logPath, "anon-.log"), rollingInterval: RollingInterval.Day, retainedFileCountLimit: 90,
                    outputTemplate: "{Timestamp:o} {Message:lj}{NewLine}", flushToDiskInterval: TimeSpan.FromSeconds(1)))
            .CreateLogger();
    }
}
