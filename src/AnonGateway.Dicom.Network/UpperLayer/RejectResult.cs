namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>The Result field of an A-ASSOCIATE-RJ PDU (PS3.8 Table 9-21).</summary>
public enum RejectResult : byte
{
    /// <summary>Rejected-permanent: trying again will not help.</summary>
    Permanent = 1,
    /// <summary>Rejected-transient: the peer may accept later.</summary>
    Transient = 2,
}
