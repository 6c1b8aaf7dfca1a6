namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Maximum Length sub-item (type 51H, PS3.8 Annex D.1): the largest P-DATA-TF PDU length (header
/// excluded) the sender of the item can receive; 0 means no limit.</summary>
/// <remarks><c>0: 51H, 1: 00H, 2-3: item-length 0004H, 4-7: maximum-length-received (uint32 BE)</c></remarks>
/// <param name="MaximumLength">The maximum PDU length, 0 for unlimited.</param>
public sealed record MaximumLengthItem(uint MaximumLength);
