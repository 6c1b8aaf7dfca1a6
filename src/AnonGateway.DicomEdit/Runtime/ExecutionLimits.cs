namespace AnonGateway.DicomEdit;

/// <summary>Bounds on running a script (Jint-style constraints): scripts are user-supplied.</summary>
public sealed record ExecutionLimits
{
    /// <summary>The default limits.</summary>
    public static ExecutionLimits Default { get; } = new();

    /// <summary>Timeout of each regular expression match.</summary>
    public TimeSpan RegexTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Time a script may spend on one object (checked between statements).</summary>
    public TimeSpan ObjectTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one <c>getURL</c> or <c>lookup</c> call.</summary>
    public TimeSpan ExternalCallTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
