using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>Reads PDUs from buffered bytes: the only code that decodes upper layer bytes.</summary>
/// <remarks>
/// <see cref="TryRead"/> has three outcomes (like Kestrel's frame reader): a PDU, "need more bytes" (false), or an
/// <see cref="UpperLayerProtocolException"/> carrying the A-ABORT reason. Every length is checked before it is
/// trusted: the PDU type first, then the PDU length against the limit for that type (fixed-size PDUs must be
/// exactly 4), then every item and sub-item length against the bytes that remain in its container.
/// Text fields are decoded one byte per character (ISO 646 / Latin-1), so a byte above 7FH cannot change a length.
/// </remarks>
public static class PduReader
{
    /// <summary>PDU-type, reserved byte and the 4-byte PDU-length.</summary>
    public const int HeaderLength = 6;

    /// <summary>No PDU is ever accepted longer than this (16 MiB), whatever was negotiated.</summary>
    public const uint HardMaximumPduLength = 16 * 1024 * 1024;

    /// <summary>A-ASSOCIATE-RQ/AC PDUs are limited separately: 128 contexts with many syntaxes fit in far less than this.</summary>
    public const uint MaximumAssociatePduLength = 1024 * 1024;

    private static readonly Encoding s_latin1 = Encoding.Latin1;

    /// <summary>The P-DATA-TF length limit for a maximum length we declared (0 = unlimited means the hard ceiling).</summary>
    public static uint LimitFor(uint declaredMaximumLength) =>
        declaredMaximumLength == 0 || declaredMaximumLength > HardMaximumPduLength ? HardMaximumPduLength : declaredMaximumLength;

    /// <summary>Checks the header at the start of <paramref name="buffer"/>: false when fewer than 6 bytes are buffered.</summary>
    /// <exception cref="UpperLayerProtocolException">Unknown PDU type, or a length over the limit or not the fixed size.</exception>
    public static bool TryReadHeader(ReadOnlySequence<byte> buffer, uint maximumPDataLength, out PduType type, out uint length)
    {
        type = default;
        length = 0;
        if (buffer.Length < HeaderLength) return false;
        Span<byte> header = stackalloc byte[HeaderLength];
        buffer.Slice(0, HeaderLength).CopyTo(header);
        byte t = header[0];
        length = BinaryPrimitives.ReadUInt32BigEndian(header[2..]);
        if (t is < 1 or > 7)
            throw new UpperLayerProtocolException(AbortReason.UnrecognizedPdu, $"unrecognized PDU type {t:X2}H");
        type = (PduType)t;
        switch (type)
        {
            case PduType.AAssociateRq or PduType.AAssociateAc:
                if (length > MaximumAssociatePduLength)
                    throw new UpperLayerProtocolException(AbortReason.InvalidPduParameterValue, $"{type} PDU-length {length} exceeds the limit {MaximumAssociatePduLength}");
                break;
            case PduType.PDataTf:
                if (length > LimitFor(maximumPDataLength))
                    throw new UpperLayerProtocolException(AbortReason.InvalidPduParameterValue, $"P-DATA-TF PDU-length {length} exceeds the maximum length {LimitFor(maximumPDataLength)} we declared");
                if (length < 6)
                    throw new UpperLayerProtocolException(AbortReason.InvalidPduParameterValue, $"P-DATA-TF PDU-length {length} cannot hold one PDV");
                break;
            default:
                if (length != 4)
                    throw new UpperLayerProtocolException(AbortReason.InvalidPduParameterValue, $"{type} PDU-length must be 4, is {length}");
                break;
        }
        return true;
    }

    /// <summary>Reads one whole PDU from the start of <paramref name="buffer"/> and slices it off.</summary>
    /// <param name="buffer">Buffered bytes; on success it is advanced past the PDU.</param>
    /// <param name="maximumPDataLength">The maximum length we declared to the peer (0 = unlimited).</param>
    /// <param name="pdu">The PDU.</param>
    /// <param name="scratch">Optional reusable storage for P-DATA-TF bodies: PDV data then points into it and is
    /// valid only until the next read. Without it (or when too small) a new array is allocated.</param>
    /// <returns>False when the PDU is not yet complete.</returns>
    /// <exception cref="UpperLayerProtocolException">The bytes are not a valid PDU.</exception>
    public static bool TryRead(ref ReadOnlySequence<byte> buffer, uint maximumPDataLength, [NotNullWhen(true)] out Pdu? pdu, byte[]? scratch = null)
    {
        pdu = null;
        if (!TryReadHeader(buffer, maximumPDataLength, out var type, out uint length)) return false;
        if (buffer.Length - HeaderLength < length) return false;
        var bodySequence = buffer.Slice(HeaderLength, length);
        byte[] storage = type == PduType.PDataTf && scratch is not null && scratch.Length >= length ? scratch : new byte[length];
        bodySequence.CopyTo(storage);
        var body = new ReadOnlyMemory<byte>(storage, 0, (int)length);
        pdu = type switch
        {
            PduType.AAssociateRq => ReadAssociateRq(body),
            PduType.AAssociateAc => ReadAssociateAc(body),
            PduType.AAssociateRj => new AAssociateRjPdu((RejectResult)body.Span[1], new RejectReason((RejectSource)body.Span[2], body.Span[3])),
            PduType.PDataTf => ReadPDataTf(body),
            PduType.AReleaseRq => AReleaseRqPdu.Instance,
            PduType.AReleaseRp => AReleaseRpPdu.Instance,
            _ => new AAbortPdu((AbortSource)body.Span[2], (AbortReason)body.Span[3]),
        };
        buffer = buffer.Slice(HeaderLength + length);
        return true;
    }

    /// <summary>Reads one PDU from an array that holds exactly one whole PDU (test vectors, tools).</summary>
    public static Pdu Read(ReadOnlySpan<byte> bytes, uint maximumPDataLength = 0)
    {
        var sequence = new ReadOnlySequence<byte>(bytes.ToArray());
        if (!TryRead(ref sequence, maximumPDataLength, out var pdu))
            throw new UpperLayerProtocolException(AbortReason.InvalidPduParameterValue, "the bytes end inside the PDU");
        if (!sequence.IsEmpty)
            throw new UpperLayerProtocolException(AbortReason.InvalidPduParameterValue, $"{sequence.Length} bytes follow the PDU");
        return pdu;
    }

    // ---- A-ASSOCIATE-RQ / -AC ---------------------------------------------------------------------

    private static AAssociateRqPdu ReadAssociateRq(ReadOnlyMemory<byte> body)
    {
        ReadFixedAssociateFields(body.Span, out ushort version, out string called, out string calling);
        ApplicationContextItem? context = null;
        UserInformationItem? userInfo = null;
        var contexts = new List<PresentationContextRqItem>();
        foreach (var (itemType, value) in Items(body[68..], "A-ASSOCIATE-RQ variable item"))
        {
            switch (itemType)
            {
                case 0x10:
                    if (context is not null) throw Invalid("A-ASSOCIATE-RQ has two Application Context items");
                    context = new ApplicationContextItem(Text(value.Span));
                    break;
                case 0x20: contexts.Add(ReadPresentationContextRq(value)); break;
                case 0x50:
                    if (userInfo is not null) throw Invalid("A-ASSOCIATE-RQ has two User Information items");
                    userInfo = ReadUserInformation(value);
                    break;
                default: break; // PS3.8 §9.3.1: items of unknown types are ignored
            }
        }
        return new AAssociateRqPdu(called, calling, context ?? new ApplicationContextItem(""), contexts, userInfo ?? new UserInformationItem()) { ProtocolVersion = version };
    }

    private static AAssociateAcPdu ReadAssociateAc(ReadOnlyMemory<byte> body)
    {
        ReadFixedAssociateFields(body.Span, out ushort version, out string called, out string calling);
        ApplicationContextItem? context = null;
        UserInformationItem? userInfo = null;
        var contexts = new List<PresentationContextAcItem>();
        foreach (var (itemType, value) in Items(body[68..], "A-ASSOCIATE-AC variable item"))
        {
            switch (itemType)
            {
                case 0x10:
                    if (context is not null) throw Invalid("A-ASSOCIATE-AC has two Application Context items");
                    context = new ApplicationContextItem(Text(value.Span));
                    break;
                case 0x21: contexts.Add(ReadPresentationContextAc(value)); break;
                case 0x50:
                    if (userInfo is not null) throw Invalid("A-ASSOCIATE-AC has two User Information items");
                    userInfo = ReadUserInformation(value);
                    break;
                default: break;
            }
        }
        return new AAssociateAcPdu(called, calling, context ?? new ApplicationContextItem(""), contexts, userInfo ?? new UserInformationItem()) { ProtocolVersion = version };
    }

    private static void ReadFixedAssociateFields(ReadOnlySpan<byte> body, out ushort version, out string called, out string calling)
    {
        // Protocol-version (2), reserved (2), called AE (16), calling AE (16), reserved (32) = 68 bytes.
        if (body.Length < 68) throw Invalid($"A-ASSOCIATE PDU-length {body.Length} is shorter than its 68 fixed bytes");
        version = BinaryPrimitives.ReadUInt16BigEndian(body);
        called = AETitle(body.Slice(4, 16));
        calling = AETitle(body.Slice(20, 16));
    }

    private static PresentationContextRqItem ReadPresentationContextRq(ReadOnlyMemory<byte> value)
    {
        // ID (1), reserved (3), then sub-items.
        if (value.Length < 4) throw Invalid($"Presentation Context item (20H) length {value.Length} is shorter than 4");
        byte id = value.Span[0];
        string? abstractSyntax = null;
        var transferSyntaxes = new List<string>();
        foreach (var (subType, sub) in Items(value[4..], "Presentation Context sub-item"))
        {
            switch (subType)
            {
                case 0x30:
                    if (abstractSyntax is not null) throw Invalid($"Presentation Context {id} has two Abstract Syntax sub-items");
                    abstractSyntax = Text(sub.Span);
                    break;
                case 0x40: transferSyntaxes.Add(Text(sub.Span)); break;
                default: throw new UpperLayerProtocolException(AbortReason.UnrecognizedPduParameter, $"Presentation Context {id} has a sub-item of type {subType:X2}H");
            }
        }
        if (abstractSyntax is null) throw Invalid($"Presentation Context {id} has no Abstract Syntax sub-item");
        return new PresentationContextRqItem(id, abstractSyntax, transferSyntaxes);
    }

    private static PresentationContextAcItem ReadPresentationContextAc(ReadOnlyMemory<byte> value)
    {
        // ID (1), reserved (1), result (1), reserved (1), then one Transfer Syntax sub-item (may be absent when rejected).
        if (value.Length < 4) throw Invalid($"Presentation Context item (21H) length {value.Length} is shorter than 4");
        byte id = value.Span[0];
        byte result = value.Span[2];
        if (result > 4) throw Invalid($"Presentation Context {id} has result {result}");
        string? ts = null;
        foreach (var (subType, sub) in Items(value[4..], "Presentation Context sub-item"))
        {
            if (subType != 0x40) throw new UpperLayerProtocolException(AbortReason.UnrecognizedPduParameter, $"accepted Presentation Context {id} has a sub-item of type {subType:X2}H");
            if (ts is not null) throw Invalid($"accepted Presentation Context {id} has two Transfer Syntax sub-items");
            ts = Text(sub.Span);
        }
        if (ts is null && result == 0) throw Invalid($"accepted Presentation Context {id} has no Transfer Syntax sub-item");
        return new PresentationContextAcItem(id, (PresentationContextResult)result, ts ?? "");
    }

    private static UserInformationItem ReadUserInformation(ReadOnlyMemory<byte> value)
    {
        MaximumLengthItem? maximumLength = null;
        ImplementationClassUidItem? classUid = null;
        ImplementationVersionNameItem? versionName = null;
        AsynchronousOperationsWindowItem? window = null;
        UserIdentityRqItem? identityRq = null;
        UserIdentityAcItem? identityAc = null;
        var roles = new List<RoleSelectionItem>();
        var extended = new List<SopClassExtendedNegotiationItem>();
        var unknown = new List<UnknownUserInformationSubItem>();
        foreach (var (subType, sub) in Items(value, "User Information sub-item"))
        {
            var s = sub.Span;
            switch (subType)
            {
                case 0x51:
                    if (s.Length != 4) throw Invalid($"Maximum Length sub-item length must be 4, is {s.Length}");
                    maximumLength = new MaximumLengthItem(BinaryPrimitives.ReadUInt32BigEndian(s));
                    break;
                case 0x52: classUid = new ImplementationClassUidItem(Text(s)); break;
                case 0x53:
                    if (s.Length != 4) throw Invalid($"Asynchronous Operations Window sub-item length must be 4, is {s.Length}");
                    window = new AsynchronousOperationsWindowItem(BinaryPrimitives.ReadUInt16BigEndian(s), BinaryPrimitives.ReadUInt16BigEndian(s[2..]));
                    break;
                case 0x54:
                {
                    // UID-length (2), UID, SCU-role (1), SCP-role (1): the lengths must add up exactly.
                    if (s.Length < 4) throw Invalid($"Role Selection sub-item length {s.Length} is shorter than 4");
                    int uidLength = BinaryPrimitives.ReadUInt16BigEndian(s);
                    if (uidLength + 4 != s.Length) throw Invalid($"Role Selection sub-item UID-length {uidLength} does not match its item length {s.Length}");
                    roles.Add(new RoleSelectionItem(Text(s.Slice(2, uidLength)), s[2 + uidLength] != 0, s[3 + uidLength] != 0));
                    break;
                }
                case 0x55: versionName = new ImplementationVersionNameItem(Text(s)); break;
                case 0x56:
                {
                    if (s.Length < 2) throw Invalid($"SOP Class Extended Negotiation sub-item length {s.Length} is shorter than 2");
                    int uidLength = BinaryPrimitives.ReadUInt16BigEndian(s);
                    if (uidLength + 2 > s.Length) throw Invalid($"SOP Class Extended Negotiation SOP-class-uid-length {uidLength} exceeds its item length {s.Length}");
                    extended.Add(new SopClassExtendedNegotiationItem(Text(s.Slice(2, uidLength)), sub[(2 + uidLength)..].ToArray()));
                    break;
                }
                case 0x58:
                {
                    // Type (1), positive-response-requested (1), primary length (2), primary, secondary length (2), secondary.
                    if (s.Length < 6) throw Invalid($"User Identity sub-item length {s.Length} is shorter than 6");
                    int primaryLength = BinaryPrimitives.ReadUInt16BigEndian(s[2..]);
                    if (4 + primaryLength + 2 > s.Length) throw Invalid($"User Identity primary-field-length {primaryLength} exceeds its item length {s.Length}");
                    int secondaryLength = BinaryPrimitives.ReadUInt16BigEndian(s[(4 + primaryLength)..]);
                    if (6 + primaryLength + secondaryLength != s.Length) throw Invalid($"User Identity field lengths {primaryLength}+{secondaryLength} do not match its item length {s.Length}");
                    identityRq = new UserIdentityRqItem(s[0], s[1] != 0, sub.Slice(4, primaryLength).ToArray(), sub.Slice(6 + primaryLength, secondaryLength).ToArray());
                    break;
                }
                case 0x59:
                {
                    if (s.Length < 2) throw Invalid($"User Identity (AC) sub-item length {s.Length} is shorter than 2");
                    int responseLength = BinaryPrimitives.ReadUInt16BigEndian(s);
                    if (2 + responseLength != s.Length) throw Invalid($"User Identity (AC) server-response-length {responseLength} does not match its item length {s.Length}");
                    identityAc = new UserIdentityAcItem(sub.Slice(2, responseLength).ToArray());
                    break;
                }
                default: unknown.Add(new UnknownUserInformationSubItem(subType, sub.ToArray())); break;
            }
        }
        return new UserInformationItem
        {
            MaximumLength = maximumLength,
            ImplementationClassUid = classUid,
            ImplementationVersionName = versionName,
            AsynchronousOperationsWindow = window,
            RoleSelections = roles,
            SopClassExtendedNegotiations = extended,
            UserIdentityRq = identityRq,
            UserIdentityAc = identityAc,
            Unknown = unknown,
        };
    }

    // ---- P-DATA-TF --------------------------------------------------------------------------------

    private static PDataTfPdu ReadPDataTf(ReadOnlyMemory<byte> body)
    {
        var values = new List<PresentationDataValue>(1);
        int offset = 0;
        while (offset < body.Length)
        {
            // Item-length (4) = context ID (1) + message control header (1) + fragment.
            if (body.Length - offset < 6) throw Invalid($"P-DATA-TF has {body.Length - offset} bytes left after its PDVs, too few for another PDV");
            uint itemLength = BinaryPrimitives.ReadUInt32BigEndian(body.Span[offset..]);
            if (itemLength < 2 || itemLength > (uint)(body.Length - offset - 4))
                throw Invalid($"PDV item-length {itemLength} at offset {offset} does not fit the P-DATA-TF PDU-length {body.Length}");
            byte contextId = body.Span[offset + 4];
            byte control = body.Span[offset + 5];
            values.Add(new PresentationDataValue(contextId, (control & 1) != 0, (control & 2) != 0, body.Slice(offset + 6, (int)itemLength - 2)));
            offset += 4 + (int)itemLength;
        }
        return new PDataTfPdu(values);
    }

    // ---- shared -----------------------------------------------------------------------------------

    /// <summary>Splits a run of items with the 4-byte header <c>type, reserved, length (2)</c>; each length is checked against what remains.</summary>
    private static List<(byte Type, ReadOnlyMemory<byte> Value)> Items(ReadOnlyMemory<byte> bytes, string what)
    {
        var items = new List<(byte, ReadOnlyMemory<byte>)>();
        int offset = 0;
        while (offset < bytes.Length)
        {
            if (bytes.Length - offset < 4) throw Invalid($"{what} at offset {offset}: {bytes.Length - offset} bytes left, too few for an item header");
            byte type = bytes.Span[offset];
            int length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Span[(offset + 2)..]);
            if (length > bytes.Length - offset - 4) throw Invalid($"{what} {type:X2}H at offset {offset}: item-length {length} exceeds the {bytes.Length - offset - 4} bytes left");
            items.Add((type, bytes.Slice(offset + 4, length)));
            offset += 4 + length;
        }
        return items;
    }

    private static string AETitle(ReadOnlySpan<byte> field) => s_latin1.GetString(field).Trim(' ', '\0');

    private static string Text(ReadOnlySpan<byte> value) => s_latin1.GetString(value).TrimEnd('\0', ' ');

    private static UpperLayerProtocolException Invalid(string message) => new(AbortReason.InvalidPduParameterValue, message);
}
