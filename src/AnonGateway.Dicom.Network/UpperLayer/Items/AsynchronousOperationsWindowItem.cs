namespace AnonGateway.Dicom.Network.UpperLayer.Items;

/// <summary>Asynchronous Operations Window sub-item (type 53H, PS3.7 Annex D.3.3.3): how many operations may be
/// outstanding at once; 0 means unlimited, and without the item each side works synchronously (1).</summary>
/// <remarks><c>0: 53H, 1: 00H, 2-3: item-length 0004H, 4-5: maximum-number-operations-invoked, 6-7: maximum-number-operations-performed</c></remarks>
/// <param name="MaximumOperationsInvoked">Operations the association-requestor may invoke without waiting for a response.</param>
/// <param name="MaximumOperationsPerformed">Operations the association-requestor may be asked to perform at once.</param>
public sealed record AsynchronousOperationsWindowItem(ushort MaximumOperationsInvoked, ushort MaximumOperationsPerformed);
