namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A-ABORT PDU (PS3.8 §9.3.8, Table 9-26); fixed PDU-length 4.</summary>
/// <remarks><c>0: 07H, 1: reserved, 2-5: 00000004H, 6-7: reserved, 8: source, 9: reason/diag.</c></remarks>
/// <param name="Source">Service-user or service-provider.</param>
/// <param name="Reason">The reason (significant for a service-provider abort only).</param>
public sealed record AAbortPdu(AbortSource Source, AbortReason Reason) : Pdu
{
    public override PduType Type => PduType.AAbort;
}
