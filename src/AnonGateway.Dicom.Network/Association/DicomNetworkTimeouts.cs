namespace AnonGateway.Dicom.Network.Association;

/// <summary>The named timeouts of an association (dcm4che's list, PS3.8 §9.1.5 for ARTIM).</summary>
public sealed record DicomNetworkTimeouts
{
    /// <summary>ARTIM: how long we wait for the A-ASSOCIATE-RQ after a connection opens, and for the peer to close
    /// after a reject, release response or abort.</summary>
    public TimeSpan Artim { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long an established association may stay silent between messages.</summary>
    public TimeSpan Idle { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long one operation may take: from its first byte to its last (receiving a data set, or
    /// waiting for a response), and for each PDU inside it.</summary>
    public TimeSpan Operation { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a TCP connect may take (SCU).</summary>
    public TimeSpan Connect { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long we wait for A-ASSOCIATE-AC/RJ (SCU) and for A-RELEASE-RP.</summary>
    public TimeSpan Association { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The defaults.</summary>
    public static DicomNetworkTimeouts Default { get; } = new();
}
