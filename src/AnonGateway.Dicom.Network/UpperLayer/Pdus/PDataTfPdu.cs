namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>P-DATA-TF PDU (PS3.8 §9.3.5, Table 9-22): one or more presentation data values.</summary>
/// <remarks><c>0: 04H, 1: reserved, 2-5: PDU-length, 6-: PDV items</c></remarks>
/// <param name="Values">The PDVs in order.</param>
public sealed record PDataTfPdu(IReadOnlyList<PresentationDataValue> Values) : Pdu
{
    public override PduType Type => PduType.PDataTf;
}
