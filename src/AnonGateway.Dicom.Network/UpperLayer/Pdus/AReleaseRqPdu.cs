namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A-RELEASE-RQ PDU (PS3.8 §9.3.6, Table 9-24): <c>05H, 00H, 00000004H, 4 reserved bytes</c>.</summary>
public sealed record AReleaseRqPdu : Pdu
{
    /// <summary>The only value there is.</summary>
    public static AReleaseRqPdu Instance { get; } = new();

    public override PduType Type => PduType.AReleaseRq;
}
