namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>The Source and Reason/Diag. fields of an A-ASSOCIATE-RJ PDU together (PS3.8 Table 9-21): the meaning
/// of a reason code depends on the source, so the two travel as one value.</summary>
/// <param name="Source">Who rejected.</param>
/// <param name="Code">The reason code as it is on the wire.</param>
public readonly record struct RejectReason(RejectSource Source, byte Code)
{
    /// <summary>Service-user: no reason given (1).</summary>
    public static RejectReason NoReasonGiven { get; } = new(RejectSource.ServiceUser, 1);
    /// <summary>Service-user: application context name not supported (2).</summary>
    public static RejectReason ApplicationContextNameNotSupported { get; } = new(RejectSource.ServiceUser, 2);
    /// <summary>Service-user: calling AE title not recognized (3).</summary>
    public static RejectReason CallingAETitleNotRecognized { get; } = new(RejectSource.ServiceUser, 3);
    /// <summary>Service-user: called AE title not recognized (7).</summary>
    public static RejectReason CalledAETitleNotRecognized { get; } = new(RejectSource.ServiceUser, 7);
    /// <summary>Service-provider (ACSE): no reason given (1).</summary>
    public static RejectReason AcseNoReasonGiven { get; } = new(RejectSource.ServiceProviderAcse, 1);
    /// <summary>Service-provider (ACSE): protocol version not supported (2).</summary>
    public static RejectReason ProtocolVersionNotSupported { get; } = new(RejectSource.ServiceProviderAcse, 2);
    /// <summary>Service-provider (Presentation): temporary congestion (1).</summary>
    public static RejectReason TemporaryCongestion { get; } = new(RejectSource.ServiceProviderPresentation, 1);
    /// <summary>Service-provider (Presentation): local limit exceeded (2).</summary>
    public static RejectReason LocalLimitExceeded { get; } = new(RejectSource.ServiceProviderPresentation, 2);

    /// <summary>The standard's wording, for logs and error messages.</summary>
    public override string ToString() => (Source, Code) switch
    {
        (RejectSource.ServiceUser, 1) => "service-user: no-reason-given",
        (RejectSource.ServiceUser, 2) => "service-user: application-context-name-not-supported",
        (RejectSource.ServiceUser, 3) => "service-user: calling-AE-title-not-recognized",
        (RejectSource.ServiceUser, 7) => "service-user: called-AE-title-not-recognized",
        (RejectSource.ServiceProviderAcse, 1) => "service-provider (ACSE): no-reason-given",
        (RejectSource.ServiceProviderAcse, 2) => "service-provider (ACSE): protocol-version-not-supported",
        (RejectSource.ServiceProviderPresentation, 1) => "service-provider (presentation): temporary-congestion",
        (RejectSource.ServiceProviderPresentation, 2) => "service-provider (presentation): local-limit-exceeded",
        _ => $"source {(byte)Source}: reason {Code}",
    };
}
