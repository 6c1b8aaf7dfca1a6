using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network;

/// <summary>A classified network failure (see <see cref="DicomFailureKind"/>).</summary>
public sealed class DicomNetworkException : Exception
{
    public DicomNetworkException() : this(DicomFailureKind.ConnectionLost, "DICOM network failure") { }
    public DicomNetworkException(string message) : this(DicomFailureKind.ConnectionLost, message) { }
    public DicomNetworkException(string message, Exception inner) : this(DicomFailureKind.ConnectionLost, message, inner) { }

    /// <summary>Creates a failure of <paramref name="kind"/>.</summary>
    public DicomNetworkException(DicomFailureKind kind, string message, Exception? inner = null) : base(message, inner)
    {
        Kind = kind;
    }

    /// <summary>The class of failure.</summary>
    public DicomFailureKind Kind { get; }

    /// <summary>The A-ASSOCIATE-RJ, when the association was rejected.</summary>
    public AAssociateRjPdu? Rejection { get; init; }

    /// <summary>The A-ABORT received or sent, when the association was aborted.</summary>
    public AAbortPdu? Abort { get; init; }

    /// <summary>Whether trying again later may succeed.</summary>
    public bool IsTransient => IsTransientKind(Kind);

    /// <summary>Whether failures of <paramref name="kind"/> may go away by themselves.</summary>
    public static bool IsTransientKind(DicomFailureKind kind) => kind is DicomFailureKind.ConnectionRefused or DicomFailureKind.ConnectionTimedOut
        or DicomFailureKind.ConnectionLost or DicomFailureKind.AssociationRejectedTransient or DicomFailureKind.Aborted or DicomFailureKind.TimedOut;
}
