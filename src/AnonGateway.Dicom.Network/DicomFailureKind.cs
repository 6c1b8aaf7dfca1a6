namespace AnonGateway.Dicom.Network;

/// <summary>Why a network operation failed, in classes a caller can act on (retry later or give up).</summary>
public enum DicomFailureKind
{
    /// <summary>The peer refused the TCP connection (nothing listens, or a firewall said no). Transient.</summary>
    ConnectionRefused,
    /// <summary>The TCP connect did not complete in time. Transient.</summary>
    ConnectionTimedOut,
    /// <summary>The connection closed or broke without an A-ABORT. Transient.</summary>
    ConnectionLost,
    /// <summary>A-ASSOCIATE-RJ with result rejected-permanent (wrong AE title, unsupported context…). Permanent.</summary>
    AssociationRejectedPermanent,
    /// <summary>A-ASSOCIATE-RJ with result rejected-transient (busy, local limit). Transient.</summary>
    AssociationRejectedTransient,
    /// <summary>The peer sent A-ABORT, or we aborted after a protocol error. Transient.</summary>
    Aborted,
    /// <summary>The peer did not answer in time (association, response, release). Transient.</summary>
    TimedOut,
    /// <summary>The peer accepted no presentation context for the object (SOP class or transfer syntax). Permanent.</summary>
    NoAcceptablePresentationContext,
    /// <summary>The peer answered the operation with a failure status. Permanent unless the status is A7xx (out of resources).</summary>
    FailureStatus,
    /// <summary>The object could not be read or re-encoded here. Permanent.</summary>
    LocalError,
}
