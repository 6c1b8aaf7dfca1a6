namespace AnonGateway.Dicom.Network.Tests.Hostile;

/// <summary>Runs the hostile-peer tests alone, so the heap measured for idle connections is theirs.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostilePeerCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "hostile peers";
}
