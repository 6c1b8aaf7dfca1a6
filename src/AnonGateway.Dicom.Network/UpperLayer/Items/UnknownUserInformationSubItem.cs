namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>A user information sub-item we do not interpret (e.g. SOP Class Common Extended Negotiation, 57H),
/// kept as read; PS3.7 Annex D.3.3 lets an acceptor ignore sub-items it does not support.</summary>
/// <param name="ItemType">The sub-item type.</param>
/// <param name="Value">The bytes after the 4-byte sub-item header.</param>
public sealed record UnknownUserInformationSubItem(byte ItemType, ReadOnlyMemory<byte> Value);
