using AnonGateway.Dicom.Network.UpperLayer;

namespace AnonGateway.Dicom.Network.Association;

/// <summary>Why an association is rejected: the fields of the A-ASSOCIATE-RJ that reports it.</summary>
/// <param name="Result">Permanent or transient.</param>
/// <param name="Reason">Source and reason.</param>
public sealed record AssociationRejection(RejectResult Result, RejectReason Reason)
{
    /// <summary>Rejected-permanent, called AE title not recognized.</summary>
    public static AssociationRejection CalledAETitleNotRecognized { get; } = new(RejectResult.Permanent, RejectReason.CalledAETitleNotRecognized);

    /// <summary>Rejected-permanent, calling AE title not recognized.</summary>
    public static AssociationRejection CallingAETitleNotRecognized { get; } = new(RejectResult.Permanent, RejectReason.CallingAETitleNotRecognized);

    /// <summary>Rejected-transient, local limit exceeded (too many associations at once).</summary>
    public static AssociationRejection LocalLimitExceeded { get; } = new(RejectResult.Transient, RejectReason.LocalLimitExceeded);

    /// <summary>Rejected-transient, temporary congestion (e.g. the spool is full).</summary>
    public static AssociationRejection TemporaryCongestion { get; } = new(RejectResult.Transient, RejectReason.TemporaryCongestion);

    /// <summary>Rejected-permanent, no reason given.</summary>
    public static AssociationRejection NoReasonGiven { get; } = new(RejectResult.Permanent, RejectReason.NoReasonGiven);
}
