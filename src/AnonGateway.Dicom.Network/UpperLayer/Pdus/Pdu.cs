namespace AnonGateway.Dicom.Network.UpperLayer.Pdus;

/// <summary>A protocol data unit of the DICOM upper layer (PS3.8 §9.3): plain data, read by
/// <see cref="PduReader"/> and written by <see cref="PduWriter"/>.</summary>
/// <remarks>Every PDU starts with <c>PDU-type (1), reserved (1), PDU-length (4, big endian, header excluded)</c>.</remarks>
public abstract record Pdu
{
    /// <summary>The PDU type.</summary>
    public abstract PduType Type { get; }
}
