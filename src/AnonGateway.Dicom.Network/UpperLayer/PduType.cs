namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>The PDU types of PS3.8 §9.3 (the first byte of every PDU).</summary>
public enum PduType : byte
{
    /// <summary>A-ASSOCIATE-RQ (PS3.8 §9.3.2).</summary>
    AAssociateRq = 0x01,
    /// <summary>A-ASSOCIATE-AC (PS3.8 §9.3.3).</summary>
    AAssociateAc = 0x02,
    /// <summary>A-ASSOCIATE-RJ (PS3.8 §9.3.4).</summary>
    AAssociateRj = 0x03,
    /// <summary>P-DATA-TF (PS3.8 §9.3.5).</summary>
    PDataTf = 0x04,
    /// <summary>A-RELEASE-RQ (PS3.8 §9.3.6).</summary>
    AReleaseRq = 0x05,
    /// <summary>A-RELEASE-RP (PS3.8 §9.3.7).</summary>
    AReleaseRp = 0x06,
    /// <summary>A-ABORT (PS3.8 §9.3.8).</summary>
    AAbort = 0x07,
}
