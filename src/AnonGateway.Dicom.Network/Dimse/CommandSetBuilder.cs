using System.Buffers.Binary;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>Builds and encodes the command sets we send (PS3.7 §9.3.1, §9.3.5): C-ECHO-RQ/RSP, C-STORE-RQ/RSP.
/// Encoding is the core's bare data set writer in implicit VR little endian, which computes (0000,0000).</summary>
public static class CommandSetBuilder
{
    /// <summary>C-ECHO-RQ.</summary>
    public static DicomDataset CEchoRequest(ushort messageId) => Command(CommandField.CEchoRq, sopClass: Association.DicomNetworkDefaults.VerificationSopClassUid, hasDataSet: false, messageId: messageId);

    /// <summary>C-ECHO-RSP.</summary>
    public static DicomDataset CEchoResponse(ushort respondedTo, DimseStatus status, string sopClass) =>
        Command(CommandField.CEchoRsp, sopClass, hasDataSet: false, respondedTo: respondedTo, status: status);

    /// <summary>C-STORE-RQ (priority medium unless given).</summary>
    public static DicomDataset CStoreRequest(ushort messageId, string sopClass, string sopInstance, ushort priority = 0, string? moveOriginatorAETitle = null, ushort? moveOriginatorMessageId = null)
    {
        var ds = Command(CommandField.CStoreRq, sopClass, hasDataSet: true, messageId: messageId, sopInstance: sopInstance);
        SetUShort(ds, CommandTags.Priority, priority);
        if (moveOriginatorAETitle is not null) ds.SetString(CommandTags.MoveOriginatorApplicationEntityTitle, DicomVR.AE, moveOriginatorAETitle);
        if (moveOriginatorMessageId is { } id) SetUShort(ds, CommandTags.MoveOriginatorMessageId, id);
        return ds;
    }

    /// <summary>C-STORE-RSP, with an Error Comment for failures and warnings when given.</summary>
    public static DicomDataset CStoreResponse(ushort respondedTo, string sopClass, string sopInstance, DimseStatus status, string? errorComment = null)
    {
        var ds = Command(CommandField.CStoreRsp, sopClass, hasDataSet: false, respondedTo: respondedTo, status: status, sopInstance: sopInstance);
        if (!string.IsNullOrEmpty(errorComment) && status.Category != DimseStatusCategory.Success)
            ds.SetString(CommandTags.ErrorComment, DicomVR.LO, errorComment.Length > 64 ? errorComment[..64] : errorComment);
        return ds;
    }

    /// <summary>A response to a request we do not perform (status 0211, unrecognized operation).</summary>
    public static DicomDataset UnrecognizedResponse(CommandField requestField, ushort respondedTo, string sopClass) =>
        Command((CommandField)((ushort)requestField | 0x8000), sopClass, hasDataSet: false, respondedTo: respondedTo, status: DimseStatus.UnrecognizedOperation);

    /// <summary>The command set encoded in implicit VR little endian with its group length.</summary>
    public static byte[] Encode(DicomDataset command) => DicomDatasetWriter.ToArray(command, TransferSyntax.ImplicitVRLittleEndian);

    /// <summary>Decodes a received command set.</summary>
    /// <exception cref="DicomFormatException">The bytes are not an implicit VR little endian data set.</exception>
    public static DicomDataset Decode(ReadOnlyMemory<byte> bytes) => DicomDatasetReader.Read(bytes, TransferSyntax.ImplicitVRLittleEndian);

    private static DicomDataset Command(CommandField field, string sopClass, bool hasDataSet, ushort? messageId = null, ushort? respondedTo = null, DimseStatus? status = null, string? sopInstance = null)
    {
        var ds = new DicomDataset();
        ds.Set(new DicomValueElement(CommandTags.CommandGroupLength, DicomVR.UL, new byte[4]));
        ds.SetString(CommandTags.AffectedSopClassUid, DicomVR.UI, sopClass);
        SetUShort(ds, CommandTags.CommandField, (ushort)field);
        if (messageId is { } m) SetUShort(ds, CommandTags.MessageId, m);
        if (respondedTo is { } r) SetUShort(ds, CommandTags.MessageIdBeingRespondedTo, r);
        // Any value other than 0101H means a data set follows; 0000H is what dcmtk sends.
        SetUShort(ds, CommandTags.CommandDataSetType, hasDataSet ? (ushort)0x0000 : CommandTags.NoDataSet);
        if (status is { } s) SetUShort(ds, CommandTags.Status, s.Code);
        if (sopInstance is not null) ds.SetString(CommandTags.AffectedSopInstanceUid, DicomVR.UI, sopInstance);
        return ds;
    }

    private static void SetUShort(DicomDataset ds, DicomTag tag, ushort value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, value);
        ds.Set(new DicomValueElement(tag, DicomVR.US, bytes));
    }
}
