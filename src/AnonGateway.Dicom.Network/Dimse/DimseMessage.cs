using AnonGateway.Dicom.Data;

namespace AnonGateway.Dicom.Network.Dimse;

/// <summary>A received DIMSE command: its presentation context, its command set and whether a data set follows.</summary>
/// <param name="PresentationContextId">The context the command came on.</param>
/// <param name="Command">The decoded command set (group 0000).</param>
public sealed record DimseMessage(byte PresentationContextId, DicomDataset Command)
{
    /// <summary>Command Field (0000,0100).</summary>
    public CommandField CommandField => (CommandField)UShort(CommandTags.CommandField);

    /// <summary>Message ID (0000,0110).</summary>
    public ushort MessageId => UShort(CommandTags.MessageId);

    /// <summary>Message ID Being Responded To (0000,0120).</summary>
    public ushort MessageIdBeingRespondedTo => UShort(CommandTags.MessageIdBeingRespondedTo);

    /// <summary>Whether a data set follows (Command Data Set Type other than 0101H).</summary>
    public bool HasDataSet => Command.Contains(CommandTags.CommandDataSetType) && UShort(CommandTags.CommandDataSetType) != CommandTags.NoDataSet;

    /// <summary>Status (0000,0900) of a response.</summary>
    public DimseStatus Status => new(UShort(CommandTags.Status));

    /// <summary>Affected SOP Class UID (0000,0002).</summary>
    public string AffectedSopClassUid => Command.GetString(CommandTags.AffectedSopClassUid) ?? "";

    /// <summary>Affected SOP Instance UID (0000,1000).</summary>
    public string AffectedSopInstanceUid => Command.GetString(CommandTags.AffectedSopInstanceUid) ?? "";

    /// <summary>Error Comment (0000,0902).</summary>
    public string? ErrorComment => Command.GetString(CommandTags.ErrorComment);

    private ushort UShort(Dictionary.DicomTag tag)
    {
        var values = Command.GetValues<ushort>(tag);
        return values.Length > 0 ? values[0] : (ushort)0;
    }
}
