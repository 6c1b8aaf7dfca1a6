using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace AnonGateway.Dicom.Network.Tests;

/// <summary>Routes library logs to the test output.</summary>
internal sealed class TestLogger(ITestOutputHelper output) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => true;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        try { output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {formatter(state, exception)} {exception?.Message}"); }
        catch (InvalidOperationException) { }
    }
}
