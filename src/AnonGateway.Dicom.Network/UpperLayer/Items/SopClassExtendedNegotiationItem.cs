namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>SOP Class Extended Negotiation sub-item (type 56H, PS3.7 Annex D.3.3.5): service-class specific bytes
/// (for storage, PS3.4 §B.3.1: level of support, element coercion…).</summary>
/// <remarks><c>0: 56H, 1: 00H, 2-3: item-length, 4-5: SOP-class-uid-length, 6-: SOP-class-uid, then service-class-application-information</c></remarks>
/// <param name="SopClassUid">The SOP class.</param>
/// <param name="ServiceClassApplicationInformation">The service-class application information, as sent.</param>
public sealed record SopClassExtendedNegotiationItem(string SopClassUid, ReadOnlyMemory<byte> ServiceClassApplicationInformation);
