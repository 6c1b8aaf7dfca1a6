namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>User Identity sub-item of an A-ASSOCIATE-RQ (type 58H, PS3.7 Annex D.3.3.7.1).</summary>
/// <remarks>
/// <code>
/// 0     Item-type 58H
/// 1     Reserved
/// 2-3   Item-length
/// 4     User-Identity-Type (1 username, 2 username+passcode, 3 Kerberos, 4 SAML, 5 JWT)
/// 5     Positive-response-requested (0 no, 1 yes)
/// 6-7   Primary-field-length
/// 8-    Primary-field
/// n-n+1 Secondary-field-length (non-zero only for type 2)
/// n+2-  Secondary-field
/// </code>
/// </remarks>
/// <param name="IdentityType">The user identity type.</param>
/// <param name="PositiveResponseRequested">Whether the requestor wants a User Identity AC sub-item back.</param>
/// <param name="PrimaryField">The user name, ticket, assertion or token.</param>
/// <param name="SecondaryField">The passcode for type 2; empty otherwise.</param>
public sealed record UserIdentityRqItem(byte IdentityType, bool PositiveResponseRequested, ReadOnlyMemory<byte> PrimaryField, ReadOnlyMemory<byte> SecondaryField)
{
    /// <summary>Never print credentials.</summary>
    public override string ToString() => $"UserIdentityRqItem {{ IdentityType = {IdentityType}, PositiveResponseRequested = {PositiveResponseRequested}, PrimaryField = {PrimaryField.Length} bytes, SecondaryField = {SecondaryField.Length} bytes }}";
}
