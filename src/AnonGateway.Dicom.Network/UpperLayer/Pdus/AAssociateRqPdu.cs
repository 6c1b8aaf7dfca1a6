using AnonGateway.Dicom.Network.UpperLayer.Items;

namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A-ASSOCIATE-RQ PDU (PS3.8 §9.3.2, Table 9-11).</summary>
/// <remarks>
/// <code>
/// 0      PDU-type 01H
/// 1      Reserved
/// 2-5    PDU-length
/// 6-7    Protocol-version (bit 0 set: version 1)
/// 8-9    Reserved
/// 10-25  Called-AE-title (16 bytes, space padded)
/// 26-41  Calling-AE-title (16 bytes, space padded)
/// 42-73  Reserved (32 bytes)
/// 74-    Variable items: one Application Context (10H), one or more Presentation Context (20H), one User Information (50H)
/// </code>
/// </remarks>
/// <param name="CalledAETitle">The called AE title (trimmed of padding).</param>
/// <param name="CallingAETitle">The calling AE title (trimmed of padding).</param>
/// <param name="ApplicationContext">The application context.</param>
/// <param name="PresentationContexts">The proposed presentation contexts.</param>
/// <param name="UserInformation">The user information sub-items.</param>
public sealed record AAssociateRqPdu(
    string CalledAETitle,
    string CallingAETitle,
    ApplicationContextItem ApplicationContext,
    IReadOnlyList<PresentationContextRqItem> PresentationContexts,
    UserInformationItem UserInformation) : Pdu
{
    /// <summary>The protocol version field; bit 0 is version 1, the only version there is.</summary>
    public ushort ProtocolVersion { get; init; } = 1;

    public override PduType Type => PduType.AAssociateRq;
}
