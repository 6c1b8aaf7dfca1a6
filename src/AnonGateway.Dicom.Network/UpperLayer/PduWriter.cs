using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.UpperLayer;

/// <summary>Writes PDUs: the only code that encodes upper layer bytes (the mirror of <see cref="PduReader"/>).</summary>
/// <remarks>Sizes are computed first, then the PDU is written into one span. AE titles are padded with spaces to
/// 16 bytes; UIDs are written without padding. Sub-items of the user information item go out in type order.</remarks>
public static class PduWriter
{
    /// <summary>The bytes before a PDV's fragment: item-length (4), context ID, message control header.</summary>
    public const int PdvHeaderLength = 6;

    private static readonly Encoding s_latin1 = Encoding.Latin1;

    /// <summary>The encoded PDU, header included.</summary>
    public static byte[] ToArray(Pdu pdu)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(pdu, buffer);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <paramref name="pdu"/> (header included) to <paramref name="output"/>.</summary>
    /// <exception cref="ArgumentException">A field does not fit its encoding (an AE title over 16 characters, an item over 65535 bytes).</exception>
    public static void Write(Pdu pdu, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(pdu);
        ArgumentNullException.ThrowIfNull(output);
        long bodyLength = BodyLength(pdu);
        if (bodyLength > uint.MaxValue) throw new ArgumentException($"{pdu.Type} of {bodyLength} bytes is too long for a PDU", nameof(pdu));
        int total = checked(PduReader.HeaderLength + (int)bodyLength);
        var span = output.GetSpan(total)[..total];
        int pos = 0;
        span[pos++] = (byte)pdu.Type;
        span[pos++] = 0;
        WriteUInt32(span, ref pos, (uint)bodyLength);
        switch (pdu)
        {
            case AAssociateRqPdu rq:
                WriteFixedAssociateFields(span, ref pos, rq.ProtocolVersion, rq.CalledAETitle, rq.CallingAETitle);
                WriteTextItem(span, ref pos, 0x10, rq.ApplicationContext.Name);
                foreach (var pc in rq.PresentationContexts) WritePresentationContextRq(span, ref pos, pc);
                WriteUserInformation(span, ref pos, rq.UserInformation);
                break;
            case AAssociateAcPdu ac:
                WriteFixedAssociateFields(span, ref pos, ac.ProtocolVersion, ac.CalledAETitle, ac.CallingAETitle);
                WriteTextItem(span, ref pos, 0x10, ac.ApplicationContext.Name);
                foreach (var pc in ac.PresentationContexts) WritePresentationContextAc(span, ref pos, pc);
                WriteUserInformation(span, ref pos, ac.UserInformation);
                break;
            case AAssociateRjPdu rj:
                span[pos++] = 0;
                span[pos++] = (byte)rj.Result;
                span[pos++] = (byte)rj.Reason.Source;
                span[pos++] = rj.Reason.Code;
                break;
            case PDataTfPdu data:
                foreach (var pdv in data.Values)
                {
                    WritePdvHeader(span[pos..], pdv.PresentationContextId, pdv.IsCommand, pdv.IsLastFragment, pdv.Data.Length);
                    pos += PdvHeaderLength;
                    pdv.Data.Span.CopyTo(span[pos..]);
                    pos += pdv.Data.Length;
                }
                break;
            case AReleaseRqPdu or AReleaseRpPdu:
                span.Slice(pos, 4).Clear();
                pos += 4;
                break;
            case AAbortPdu abort:
                span[pos++] = 0;
                span[pos++] = 0;
                span[pos++] = (byte)abort.Source;
                span[pos++] = (byte)abort.Reason;
                break;
            default: throw new ArgumentException($"unknown PDU {pdu.GetType().Name}", nameof(pdu));
        }
        output.Advance(total);
    }

    /// <summary>Writes a P-DATA-TF header for a PDU of <paramref name="pduLength"/> body bytes.</summary>
    public static void WritePDataTfHeader(Span<byte> destination, uint pduLength)
    {
        destination[0] = (byte)PduType.PDataTf;
        destination[1] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(destination[2..], pduLength);
    }

    /// <summary>Writes a PDV header (item-length, context ID, message control header) for a fragment of <paramref name="fragmentLength"/> bytes.</summary>
    public static void WritePdvHeader(Span<byte> destination, byte presentationContextId, bool isCommand, bool isLastFragment, int fragmentLength)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, (uint)fragmentLength + 2);
        destination[4] = presentationContextId;
        destination[5] = (byte)((isCommand ? 1 : 0) | (isLastFragment ? 2 : 0));
    }

    // ---- lengths -----------------------------------------------------------------------------------

    private static long BodyLength(Pdu pdu) => pdu switch
    {
        AAssociateRqPdu rq => 68 + TextItemLength(rq.ApplicationContext.Name) + rq.PresentationContexts.Sum(PresentationContextRqLength) + UserInformationLength(rq.UserInformation),
        AAssociateAcPdu ac => 68 + TextItemLength(ac.ApplicationContext.Name) + ac.PresentationContexts.Sum(PresentationContextAcLength) + UserInformationLength(ac.UserInformation),
        PDataTfPdu data => data.Values.Sum(v => (long)PdvHeaderLength + v.Data.Length),
        _ => 4,
    };

    private static int TextItemLength(string text) => 4 + TextLength(text);

    private static int TextLength(string text) => s_latin1.GetByteCount(text);

    private static int PresentationContextRqLength(PresentationContextRqItem pc) =>
        4 + ItemValueLength(4 + TextItemLength(pc.AbstractSyntax) + pc.TransferSyntaxes.Sum(TextItemLength));

    private static int PresentationContextAcLength(PresentationContextAcItem pc) =>
        4 + ItemValueLength(4 + TextItemLength(pc.TransferSyntax));

    private static int UserInformationLength(UserInformationItem ui) => 4 + ItemValueLength(UserInformationValueLength(ui));

    private static int UserInformationValueLength(UserInformationItem ui)
    {
        int n = 0;
        if (ui.MaximumLength is not null) n += 8;
        if (ui.ImplementationClassUid is { } uid) n += TextItemLength(uid.Uid);
        if (ui.AsynchronousOperationsWindow is not null) n += 8;
        foreach (var r in ui.RoleSelections) n += 4 + 2 + TextLength(r.SopClassUid) + 2;
        if (ui.ImplementationVersionName is { } v) n += TextItemLength(v.Name);
        foreach (var e in ui.SopClassExtendedNegotiations) n += 4 + 2 + TextLength(e.SopClassUid) + e.ServiceClassApplicationInformation.Length;
        if (ui.UserIdentityRq is { } id) n += 4 + 2 + 2 + id.PrimaryField.Length + 2 + id.SecondaryField.Length;
        if (ui.UserIdentityAc is { } ac) n += 4 + 2 + ac.ServerResponse.Length;
        foreach (var u in ui.Unknown) n += 4 + u.Value.Length;
        return n;
    }

    private static int ItemValueLength(int length) =>
        length <= ushort.MaxValue ? length : throw new ArgumentException($"an item of {length} bytes does not fit its 2-byte length field");

    // ---- writing -----------------------------------------------------------------------------------

    private static void WriteFixedAssociateFields(Span<byte> span, ref int pos, ushort version, string called, string calling)
    {
        WriteUInt16(span, ref pos, version);
        WriteUInt16(span, ref pos, 0);
        WriteAETitle(span, ref pos, called);
        WriteAETitle(span, ref pos, calling);
        span.Slice(pos, 32).Clear();
        pos += 32;
    }

    private static void WriteAETitle(Span<byte> span, ref int pos, string title)
    {
        if (title.Length > 16) throw new ArgumentException($"AE title '{title}' is longer than 16 characters");
        var field = span.Slice(pos, 16);
        field.Fill((byte)' ');
        s_latin1.GetBytes(title, field);
        pos += 16;
    }

    private static void WritePresentationContextRq(Span<byte> span, ref int pos, PresentationContextRqItem pc)
    {
        WriteItemHeader(span, ref pos, 0x20, PresentationContextRqLength(pc) - 4);
        span[pos++] = pc.PresentationContextId;
        span.Slice(pos, 3).Clear();
        pos += 3;
        WriteTextItem(span, ref pos, 0x30, pc.AbstractSyntax);
        foreach (var ts in pc.TransferSyntaxes) WriteTextItem(span, ref pos, 0x40, ts);
    }

    private static void WritePresentationContextAc(Span<byte> span, ref int pos, PresentationContextAcItem pc)
    {
        WriteItemHeader(span, ref pos, 0x21, PresentationContextAcLength(pc) - 4);
        span[pos++] = pc.PresentationContextId;
        span[pos++] = 0;
        span[pos++] = (byte)pc.Result;
        span[pos++] = 0;
        WriteTextItem(span, ref pos, 0x40, pc.TransferSyntax);
    }

    private static void WriteUserInformation(Span<byte> span, ref int pos, UserInformationItem ui)
    {
        WriteItemHeader(span, ref pos, 0x50, UserInformationValueLength(ui));
        if (ui.MaximumLength is { } max)
        {
            WriteItemHeader(span, ref pos, 0x51, 4);
            WriteUInt32(span, ref pos, max.MaximumLength);
        }
        if (ui.ImplementationClassUid is { } uid) WriteTextItem(span, ref pos, 0x52, uid.Uid);
        if (ui.AsynchronousOperationsWindow is { } w)
        {
            WriteItemHeader(span, ref pos, 0x53, 4);
            WriteUInt16(span, ref pos, w.MaximumOperationsInvoked);
            WriteUInt16(span, ref pos, w.MaximumOperationsPerformed);
        }
        foreach (var r in ui.RoleSelections)
        {
            int uidLength = TextLength(r.SopClassUid);
            WriteItemHeader(span, ref pos, 0x54, 2 + uidLength + 2);
            WriteUInt16(span, ref pos, (ushort)uidLength);
            WriteText(span, ref pos, r.SopClassUid);
            span[pos++] = r.ScuRole ? (byte)1 : (byte)0;
            span[pos++] = r.ScpRole ? (byte)1 : (byte)0;
        }
        if (ui.ImplementationVersionName is { } v) WriteTextItem(span, ref pos, 0x55, v.Name);
        foreach (var e in ui.SopClassExtendedNegotiations)
        {
            int uidLength = TextLength(e.SopClassUid);
            WriteItemHeader(span, ref pos, 0x56, ItemValueLength(2 + uidLength + e.ServiceClassApplicationInformation.Length));
            WriteUInt16(span, ref pos, (ushort)uidLength);
            WriteText(span, ref pos, e.SopClassUid);
            WriteBytes(span, ref pos, e.ServiceClassApplicationInformation.Span);
        }
        if (ui.UserIdentityRq is { } id)
        {
            WriteItemHeader(span, ref pos, 0x58, ItemValueLength(6 + id.PrimaryField.Length + id.SecondaryField.Length));
            span[pos++] = id.IdentityType;
            span[pos++] = id.PositiveResponseRequested ? (byte)1 : (byte)0;
            WriteUInt16(span, ref pos, (ushort)id.PrimaryField.Length);
            WriteBytes(span, ref pos, id.PrimaryField.Span);
            WriteUInt16(span, ref pos, (ushort)id.SecondaryField.Length);
            WriteBytes(span, ref pos, id.SecondaryField.Span);
        }
        if (ui.UserIdentityAc is { } ac)
        {
            WriteItemHeader(span, ref pos, 0x59, ItemValueLength(2 + ac.ServerResponse.Length));
            WriteUInt16(span, ref pos, (ushort)ac.ServerResponse.Length);
            WriteBytes(span, ref pos, ac.ServerResponse.Span);
        }
        foreach (var u in ui.Unknown)
        {
            WriteItemHeader(span, ref pos, u.ItemType, ItemValueLength(u.Value.Length));
            WriteBytes(span, ref pos, u.Value.Span);
        }
    }

    private static void WriteTextItem(Span<byte> span, ref int pos, byte type, string text)
    {
        WriteItemHeader(span, ref pos, type, ItemValueLength(TextLength(text)));
        WriteText(span, ref pos, text);
    }

    private static void WriteItemHeader(Span<byte> span, ref int pos, byte type, int length)
    {
        span[pos++] = type;
        span[pos++] = 0;
        WriteUInt16(span, ref pos, (ushort)ItemValueLength(length));
    }

    private static void WriteText(Span<byte> span, ref int pos, string text) => pos += s_latin1.GetBytes(text, span[pos..]);

    private static void WriteBytes(Span<byte> span, ref int pos, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(span[pos..]);
        pos += bytes.Length;
    }

    private static void WriteUInt16(Span<byte> span, ref int pos, ushort value)
    {
        BinaryPrimitives.WriteUInt16BigEndian(span[pos..], value);
        pos += 2;
    }

    private static void WriteUInt32(Span<byte> span, ref int pos, uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(span[pos..], value);
        pos += 4;
    }
}
