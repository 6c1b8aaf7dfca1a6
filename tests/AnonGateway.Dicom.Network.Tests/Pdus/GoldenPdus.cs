namespace AnonGateway.Dicom.Network.Tests.Pdus;

/// <summary>Encoded PDUs, each preceded by a comment decoding it (pynetdicom's encoded_pdu_items style). The bytes were
/// written from PS3.8 by a script independent of PduWriter, so reader and writer are both checked against them.</summary>
internal static class GoldenPdus
{
    public static byte[] Hex(params string[] parts) => Convert.FromHexString(string.Concat(parts).Replace(" ", "", StringComparison.Ordinal));

    /// <summary>A-ASSOCIATE-RQ: called ANY-SCP, calling ECHOSCU; context 1 = Verification / Implicit VR LE;
    /// user information: max length 16384, implementation class 1.2.3.4, version TEST_1.</summary>
    public static readonly byte[] AssociateRq = Hex(
        "01 00 000000B0",                                     // A-ASSOCIATE-RQ, PDU-length 176
        "0001 0000",                                          // protocol version 1, reserved
        "414E592D534350202020202020202020",                   // called AE "ANY-SCP         "
        "4543484F534355202020202020202020",                   // calling AE "ECHOSCU         "
        "0000000000000000000000000000000000000000000000000000000000000000", // 32 reserved bytes
        "10 00 0015 312E322E3834302E31303030382E332E312E312E31",  // application context 1.2.840.10008.3.1.1.1
        "20 00 002E 01 000000",                               // presentation context ID 1, length 46
        "30 00 0011 312E322E3834302E31303030382E312E31",      //   abstract syntax 1.2.840.10008.1.1
        "40 00 0011 312E322E3834302E31303030382E312E32",      //   transfer syntax 1.2.840.10008.1.2
        "50 00 001D",                                         // user information, length 29
        "51 00 0004 00004000",                                //   maximum length 16384
        "52 00 0007 312E322E332E34",                          //   implementation class UID 1.2.3.4
        "55 00 0006 544553545F31");                           //   implementation version name TEST_1

    /// <summary>A-ASSOCIATE-RQ with every user information sub-item: called STORE-SCP, calling MODALITY; context 3 = CT
    /// Image Storage / Explicit VR LE, Implicit VR LE; max length 0 (unlimited); async window 5/1; role selection CT
    /// SCU=1 SCP=0; version TEST_1; extended negotiation CT 02 00 00 00 01 00; user identity type 2 (user/pass),
    /// positive response requested; an unknown 57H sub-item.</summary>
    public static readonly byte[] AssociateRqFull = Hex(
        "01 00 00000137",                                     // A-ASSOCIATE-RQ, PDU-length 311
        "0001 0000",
        "53544F52452D53435020202020202020",                   // called AE "STORE-SCP"
        "4D4F44414C4954592020202020202020",                  // calling AE "MODALITY"
        "0000000000000000000000000000000000000000000000000000000000000000",
        "10 00 0015 312E322E3834302E31303030382E332E312E312E31",
        "20 00 004D 03 000000",                               // presentation context ID 3, length 77
        "30 00 0019 312E322E3834302E31303030382E352E312E342E312E312E32", // abstract syntax CT Image Storage
        "40 00 0013 312E322E3834302E31303030382E312E322E31",  // transfer syntax explicit VR LE
        "40 00 0011 312E322E3834302E31303030382E312E32",      // transfer syntax implicit VR LE
        "50 00 0085",                                         // user information, length 133
        "51 00 0004 00000000",                                //   maximum length 0
        "52 00 0007 312E322E332E34",                          //   implementation class UID
        "53 00 0004 0005 0001",                               //   async window: invoked 5, performed 1
        "54 00 001D 0019 312E322E3834302E31303030382E352E312E342E312E312E32 01 00", // role selection: CT, SCU 1, SCP 0
        "55 00 0006 544553545F31",                            //   version name
        "56 00 0021 0019 312E322E3834302E31303030382E352E312E342E312E312E32 020000000100", // extended negotiation CT
        "58 00 000E 02 01 0004 75736572 0004 70617373",       //   user identity: type 2, response requested, "user", "pass"
        "57 00 0004 00000000");                               //   SOP class common extended negotiation (kept, ignored)

    /// <summary>A-ASSOCIATE-AC: context 1 accepted with Implicit VR LE, context 3 rejected (abstract syntax not
    /// supported, empty transfer syntax sub-item); max length 65536, class 1.2.3.4, window 5/1, version TEST_1,
    /// user identity AC with an empty server response.</summary>
    public static readonly byte[] AssociateAc = Hex(
        "02 00 000000B5",                                     // A-ASSOCIATE-AC, PDU-length 181
        "0001 0000",
        "414E592D534350202020202020202020",                   // echo of called AE
        "4543484F534355202020202020202020",                   // echo of calling AE
        "0000000000000000000000000000000000000000000000000000000000000000",
        "10 00 0015 312E322E3834302E31303030382E332E312E312E31",
        "21 00 0019 01 00 00 00",                             // context 1: acceptance
        "40 00 0011 312E322E3834302E31303030382E312E32",      //   implicit VR LE
        "21 00 0008 03 00 03 00",                             // context 3: abstract-syntax-not-supported
        "40 00 0000",                                         //   empty transfer syntax sub-item
        "50 00 002B",
        "51 00 0004 00010000",                                //   maximum length 65536
        "52 00 0007 312E322E332E34",
        "53 00 0004 0005 0001",
        "55 00 0006 544553545F31",
        "59 00 0002 0000");                                   //   user identity AC, server response length 0

    /// <summary>A-ASSOCIATE-RJ: rejected-permanent (1), service-user (1), called-AE-title-not-recognized (7).</summary>
    public static readonly byte[] AssociateRj = Hex("03 00 00000004", "00 01 01 07");

    /// <summary>P-DATA-TF with two PDVs: context 1, command + last, 01 02 03 04; context 1, data, not last, AA BB.</summary>
    public static readonly byte[] PDataTf = Hex(
        "04 00 00000012",                                     // P-DATA-TF, PDU-length 18
        "00000006 01 03 01020304",                            // PDV length 6, context 1, command|last
        "00000004 01 00 AABB");                               // PDV length 4, context 1, data, not last

    /// <summary>A-RELEASE-RQ.</summary>
    public static readonly byte[] ReleaseRq = Hex("05 00 00000004 00000000");

    /// <summary>A-RELEASE-RP.</summary>
    public static readonly byte[] ReleaseRp = Hex("06 00 00000004 00000000");

    /// <summary>A-ABORT: service-provider (2), invalid-PDU-parameter-value (6).</summary>
    public static readonly byte[] Abort = Hex("07 00 00000004 0000 02 06");
}
