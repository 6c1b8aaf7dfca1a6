using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.Network.Association;

/// <summary>A presentation context after negotiation: what was proposed and what was agreed.</summary>
/// <param name="Id">The odd context ID.</param>
/// <param name="AbstractSyntax">The SOP class UID.</param>
/// <param name="Result">Acceptance or the rejection reason.</param>
/// <param name="TransferSyntaxUid">The agreed transfer syntax UID (empty when rejected).</param>
public sealed record PresentationContext(byte Id, string AbstractSyntax, PresentationContextResult Result, string TransferSyntaxUid)
{
    /// <summary>Whether the context can carry messages.</summary>
    public bool IsAccepted => Result == PresentationContextResult.Acceptance;

    /// <summary>The agreed transfer syntax (looked up; an unknown UID is treated as encapsulated explicit VR LE).</summary>
    public TransferSyntax TransferSyntax => TransferSyntax.Lookup(TransferSyntaxUid);
}
