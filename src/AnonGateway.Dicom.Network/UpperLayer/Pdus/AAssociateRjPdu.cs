namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A-ASSOCIATE-RJ PDU (PS3.8 §9.3.4, Table 9-21); fixed PDU-length 4.</summary>
/// <remarks>
/// <code>
/// 0    PDU-type 03H
/// 1    Reserved
/// 2-5  PDU-length 00000004H
/// 6    Reserved
/// 7    Result (1 rejected-permanent, 2 rejected-transient)
/// 8    Source (1 service-user, 2 service-provider ACSE, 3 service-provider presentation)
/// 9    Reason/Diag.
/// </code>
/// </remarks>
/// <param name="Result">Permanent or transient.</param>
/// <param name="Reason">Source and reason.</param>
public sealed record AAssociateRjPdu(RejectResult Result, RejectReason Reason) : Pdu
{
    public override PduType Type => PduType.AAssociateRj;
}
