namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Implementation Version Name sub-item (type 55H, PS3.7 Annex D.3.3.2): 1-16 characters.</summary>
/// <remarks><c>0: 55H, 1: 00H, 2-3: item-length, 4-: implementation-version-name</c></remarks>
/// <param name="Name">The version name.</param>
public sealed record ImplementationVersionNameItem(string Name);
