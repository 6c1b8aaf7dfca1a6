namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Presentation Context Item of an A-ASSOCIATE-AC (type 21H, PS3.8 §9.3.3.2): the result for one proposed
/// context and, when accepted, the one transfer syntax chosen.</summary>
/// <remarks>
/// <code>
/// 0     Item-type 21H
/// 1     Reserved
/// 2-3   Item-length
/// 4     Presentation-context-ID
/// 5     Reserved
/// 6     Result/Reason (0 acceptance, 1 user-rejection, 2 no-reason, 3 abstract-syntax-not-supported, 4 transfer-syntaxes-not-supported)
/// 7     Reserved
/// 8-    one Transfer Syntax sub-item (40H); not significant unless accepted
/// </code>
/// </remarks>
/// <param name="PresentationContextId">The context ID from the request.</param>
/// <param name="Result">Acceptance or the rejection reason.</param>
/// <param name="TransferSyntax">The chosen transfer syntax UID (empty when the context is rejected).</param>
public sealed record PresentationContextAcItem(byte PresentationContextId, PresentationContextResult Result, string TransferSyntax)
{
    /// <summary>Whether the context was accepted.</summary>
    public bool IsAccepted => Result == PresentationContextResult.Acceptance;
}
