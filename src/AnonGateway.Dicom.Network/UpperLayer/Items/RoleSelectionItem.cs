namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>SCP/SCU Role Selection sub-item (type 54H, PS3.7 Annex D.3.3.4).</summary>
/// <remarks>
/// <code>
/// 0     Item-type 54H
/// 1     Reserved
/// 2-3   Item-length
/// 4-5   UID-length
/// 6-    SOP-class-uid
/// n     SCU-role (0 non-support, 1 support)
/// n+1   SCP-role (0 non-support, 1 support)
/// </code>
/// </remarks>
/// <param name="SopClassUid">The SOP class the roles are for.</param>
/// <param name="ScuRole">Whether the requestor (RQ) or the accepted reply (AC) supports the SCU role.</param>
/// <param name="ScpRole">Whether the requestor (RQ) or the accepted reply (AC) supports the SCP role.</param>
public sealed record RoleSelectionItem(string SopClassUid, bool ScuRole, bool ScpRole);
