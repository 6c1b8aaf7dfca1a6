namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Presentation Context Item of an A-ASSOCIATE-RQ (type 20H, PS3.8 §9.3.2.2), with its Abstract Syntax
/// sub-item (30H) and one or more Transfer Syntax sub-items (40H).</summary>
/// <remarks>
/// <code>
/// 0     Item-type 20H
/// 1     Reserved
/// 2-3   Item-length
/// 4     Presentation-context-ID (odd, 1-255)
/// 5-7   Reserved
/// 8-    one Abstract Syntax sub-item (30H, 00H, length, UID), then Transfer Syntax sub-items (40H, 00H, length, UID)
/// </code>
/// </remarks>
/// <param name="PresentationContextId">The odd context ID.</param>
/// <param name="AbstractSyntax">The abstract syntax (SOP class) UID.</param>
/// <param name="TransferSyntaxes">The proposed transfer syntax UIDs, in the proposer's order of preference.</param>
public sealed record PresentationContextRqItem(byte PresentationContextId, string AbstractSyntax, IReadOnlyList<string> TransferSyntaxes);
