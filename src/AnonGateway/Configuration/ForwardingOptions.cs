namespace AnonGateway.Configuration;

/// <summary>Retry behaviour of the forwarders.</summary>
public sealed class ForwardingOptions
{
    /// <summary>The first retry delay; doubles each time, with jitter.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The largest delay between two retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times an object that fails permanently (rejected, A9xx, C0xx) is retried before it goes to dead letters.</summary>
    public int PermanentFailureAttempts { get; set; } = 3;

    /// <summary>How often a queue is rescanned when nothing signalled new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
