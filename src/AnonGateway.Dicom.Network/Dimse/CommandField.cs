namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>Command Field (0000,0100) values (PS3.7 §9.1 and §10.1).</summary>
public enum CommandField : ushort
{
    CStoreRq = 0x0001,
    CStoreRsp = 0x8001,
    CGetRq = 0x0010,
    CGetRsp = 0x8010,
    CFindRq = 0x0020,
    CFindRsp = 0x8020,
    CMoveRq = 0x0021,
    CMoveRsp = 0x8021,
    CEchoRq = 0x0030,
    CEchoRsp = 0x8030,
    NEventReportRq = 0x0100,
    NGetRq = 0x0110,
    NSetRq = 0x0120,
    NActionRq = 0x0130,
    NCreateRq = 0x0140,
    NDeleteRq = 0x0150,
    CCancelRq = 0x0FFF,
}
