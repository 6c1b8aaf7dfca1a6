using AnonGateway.Dicom.Network.UpperLayer.Items;

namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A-ASSOCIATE-AC PDU (PS3.8 §9.3.3, Table 9-17).</summary>
/// <remarks>
/// <code>
/// 0      PDU-type 02H
/// 1      Reserved
/// 2-5    PDU-length
/// 6-7    Protocol-version
/// 8-9    Reserved
/// 10-25  Reserved (sent as the called AE title of the request, not tested)
/// 26-41  Reserved (sent as the calling AE title of the request, not tested)
/// 42-73  Reserved
/// 74-    Variable items: one Application Context (10H), Presentation Context results (21H), one User Information (50H)
/// </code>
/// </remarks>
/// <param name="CalledAETitle">Echo of the request's called AE title.</param>
/// <param name="CallingAETitle">Echo of the request's calling AE title.</param>
/// <param name="ApplicationContext">The application context.</param>
/// <param name="PresentationContexts">One result per proposed context.</param>
/// <param name="UserInformation">The user information sub-items.</param>
public sealed record AAssociateAcPdu(
    string CalledAETitle,
    string CallingAETitle,
    ApplicationContextItem ApplicationContext,
    IReadOnlyList<PresentationContextAcItem> PresentationContexts,
    UserInformationItem UserInformation) : Pdu
{
    /// <summary>The protocol version field.</summary>
    public ushort ProtocolVersion { get; init; } = 1;

    public override PduType Type => PduType.AAssociateAc;
}
