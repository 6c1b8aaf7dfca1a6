namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A-RELEASE-RP PDU (PS3.8 §9.3.7, Table 9-25): <c>06H, 00H, 00000004H, 4 reserved bytes</c>.</summary>
public sealed record AReleaseRpPdu : Pdu
{
    /// <summary>The only value there is.</summary>
    public static AReleaseRpPdu Instance { get; } = new();

    public override PduType Type => PduType.AReleaseRp;
}
