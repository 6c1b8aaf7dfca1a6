namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>User Identity sub-item of an A-ASSOCIATE-AC (type 59H, PS3.7 Annex D.3.3.7.2).</summary>
/// <remarks><c>0: 59H, 1: 00H, 2-3: item-length, 4-5: server-response-length, 6-: server-response</c></remarks>
/// <param name="ServerResponse">The server response (Kerberos/SAML/JWT); empty for user name types.</param>
public sealed record UserIdentityAcItem(ReadOnlyMemory<byte> ServerResponse);
