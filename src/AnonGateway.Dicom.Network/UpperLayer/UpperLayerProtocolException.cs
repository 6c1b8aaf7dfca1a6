namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>The peer broke the upper layer protocol (a malformed or unexpected PDU); the association ends in an
/// A-ABORT with source service-provider and <see cref="Reason"/>.</summary>
public sealed class UpperLayerProtocolException : Exception
{
    public UpperLayerProtocolException() : this(AbortReason.ReasonNotSpecified, "upper layer protocol error") { }
    public UpperLayerProtocolException(string message) : this(AbortReason.ReasonNotSpecified, message) { }
    public UpperLayerProtocolException(string message, Exception inner) : base(message, inner) { Reason = AbortReason.ReasonNotSpecified; }

    /// <summary>Creates the error with the A-ABORT reason that reports it to the peer.</summary>
    public UpperLayerProtocolException(AbortReason reason, string message) : base(message) { Reason = reason; }

    /// <summary>The reason the A-ABORT PDU carries.</summary>
    public AbortReason Reason { get; }
}
