namespace AnonGateway.Dicom.Dictionary;

/// <summary>The command elements of group 0000 (PS3.7 Table E.1-1 and the retired ones of E.2-1). PS3.6's tables, from
/// which the main dictionary is generated, leave them out; command sets are implicit VR, so their VRs must be known.</summary>
internal static class CommandDictionary
{
    private static DictionaryEntry E(ushort element, DicomVR vr, string keyword, string name, bool retired = false, string vm = "1") =>
        new(new DicomTag(0x0000, element), 0xFFFFFFFF, vr, [vr], ValueMultiplicity.Parse(vm), keyword, name, retired);

    /// <summary>Every command element, in tag order.</summary>
    public static DictionaryEntry[] Entries { get; } =
    [
        E(0x0000, DicomVR.UL, "CommandGroupLength", "Command Group Length"),
        E(0x0001, DicomVR.UL, "CommandLengthToEnd", "Command Length to End", retired: true),
        E(0x0002, DicomVR.UI, "AffectedSOPClassUID", "Affected SOP Class UID"),
        E(0x0003, DicomVR.UI, "RequestedSOPClassUID", "Requested SOP Class UID"),
        E(0x0010, DicomVR.SH, "CommandRecognitionCode", "Command Recognition Code", retired: true),
        E(0x0100, DicomVR.US, "CommandField", "Command Field"),
        E(0x0110, DicomVR.US, "MessageID", "Message ID"),
        E(0x0120, DicomVR.US, "MessageIDBeingRespondedTo", "Message ID Being Responded To"),
        E(0x0200, DicomVR.AE, "Initiator", "Initiator", retired: true),
        E(0x0300, DicomVR.AE, "Receiver", "Receiver", retired: true),
        E(0x0400, DicomVR.AE, "FindLocation", "Find Location", retired: true),
        E(0x0600, DicomVR.AE, "MoveDestination", "Move Destination"),
        E(0x0700, DicomVR.US, "Priority", "Priority"),
        E(0x0800, DicomVR.US, "CommandDataSetType", "Command Data Set Type"),
        E(0x0850, DicomVR.US, "NumberOfMatches", "Number of Matches", retired: true),
        E(0x0860, DicomVR.US, "ResponseSequenceNumber", "Response Sequence Number", retired: true),
        E(0x0900, DicomVR.US, "Status", "Status"),
        E(0x0901, DicomVR.AT, "OffendingElement", "Offending Element", vm: "1-n"),
        E(0x0902, DicomVR.LO, "ErrorComment", "Error Comment"),
        E(0x0903, DicomVR.US, "ErrorID", "Error ID"),
        E(0x1000, DicomVR.UI, "AffectedSOPInstanceUID", "Affected SOP Instance UID"),
        E(0x1001, DicomVR.UI, "RequestedSOPInstanceUID", "Requested SOP Instance UID"),
        E(0x1002, DicomVR.US, "EventTypeID", "Event Type ID"),
        E(0x1005, DicomVR.AT, "AttributeIdentifierList", "Attribute Identifier List", vm: "1-n"),
        E(0x1008, DicomVR.US, "ActionTypeID", "Action Type ID"),
        E(0x1020, DicomVR.US, "NumberOfRemainingSuboperations", "Number of Remaining Sub-operations"),
        E(0x1021, DicomVR.US, "NumberOfCompletedSuboperations", "Number of Completed Sub-operations"),
        E(0x1022, DicomVR.US, "NumberOfFailedSuboperations", "Number of Failed Sub-operations"),
        E(0x1023, DicomVR.US, "NumberOfWarningSuboperations", "Number of Warning Sub-operations"),
        E(0x1030, DicomVR.AE, "MoveOriginatorApplicationEntityTitle", "Move Originator Application Entity Title"),
        E(0x1031, DicomVR.US, "MoveOriginatorMessageID", "Move Originator Message ID"),
        E(0x4000, DicomVR.LT, "DialogReceiver", "Dialog Receiver", retired: true),
        E(0x4010, DicomVR.LT, "TerminalType", "Terminal Type", retired: true),
        E(0x5010, DicomVR.SH, "MessageSetID", "Message Set ID", retired: true),
        E(0x5020, DicomVR.SH, "EndMessageID", "End Message ID", retired: true),
    ];
}
