namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>The Reason/Diag. field of an A-ABORT PDU (PS3.8 Table 9-26); significant only when the source is the service-provider.</summary>
public enum AbortReason : byte
{
    /// <summary>Reason not specified.</summary>
    ReasonNotSpecified = 0,
    /// <summary>Unrecognized PDU.</summary>
    UnrecognizedPdu = 1,
    /// <summary>Unexpected PDU.</summary>
    UnexpectedPdu = 2,
    /// <summary>Reserved.</summary>
    Reserved = 3,
    /// <summary>Unrecognized PDU parameter.</summary>
    UnrecognizedPduParameter = 4,
    /// <summary>Unexpected PDU parameter.</summary>
    UnexpectedPduParameter = 5,
    /// <summary>Invalid PDU parameter value.</summary>
    InvalidPduParameterValue = 6,
}
