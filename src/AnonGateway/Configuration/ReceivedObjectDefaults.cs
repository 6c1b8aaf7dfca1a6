namespace AnonGateway.Configuration;

/// <summary>Defaults of how received objects are held.</summary>
public static class ReceivedObjectDefaults
{
    /// <summary>Objects up to 16 MiB (every CT or MR slice, most radiographs) are held in memory.</summary>
    public const int InMemoryLimitMiB = 16;

    /// <summary>The largest limit accepted (1 GiB).</summary>
    public const int MaxInMemoryLimitMiB = 1024;
}
