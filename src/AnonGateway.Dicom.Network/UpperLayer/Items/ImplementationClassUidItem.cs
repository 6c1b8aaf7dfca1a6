namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Implementation Class UID sub-item (type 52H, PS3.7 Annex D.3.3.2).</summary>
/// <remarks><c>0: 52H, 1: 00H, 2-3: item-length, 4-: implementation-class-uid</c></remarks>
/// <param name="Uid">The implementation class UID.</param>
public sealed record ImplementationClassUidItem(string Uid);
