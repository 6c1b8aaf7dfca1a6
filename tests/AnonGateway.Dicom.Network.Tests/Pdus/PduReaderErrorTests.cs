using System.Buffers;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.Tests.Pdus;

public class PduReaderErrorTests
{
    private static AbortReason ReasonOf(byte[] bytes, uint max = 0)
    {
        var seq = new ReadOnlySequence<byte>(bytes);
        var ex = Assert.Throws<UpperLayerProtocolException>(() => PduReader.TryRead(ref seq, max, out _));
        return ex.Reason;
    }

    [Fact]
    public void UnknownPduType_IsUnrecognizedPdu() => Assert.Equal(AbortReason.UnrecognizedPdu, ReasonOf(GoldenPdus.Hex("08 00 00000004 00000000")));

    [Fact]
    public void PDataLengthOf4GB_IsRejectedFromTheHeaderAlone() =>
        Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(GoldenPdus.Hex("04 00 FFFFFFFF")));

    [Fact]
    public void PDataLongerThanWeDeclared_IsRejected() =>
        Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(GoldenPdus.Hex("04 00 00001001"), max: 4096));

    [Fact]
    public void PDataAtExactlyWhatWeDeclared_NeedsMoreBytes()
    {
        var seq = new ReadOnlySequence<byte>(GoldenPdus.Hex("04 00 00001000"));
        Assert.False(PduReader.TryRead(ref seq, 4096, out _));
    }

    [Fact]
    public void AssociateRqOverItsCeiling_IsRejected() =>
        Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(GoldenPdus.Hex("01 00 00100001")));

    [Theory]
    [InlineData("05 00 00000005 0000000000")]
    [InlineData("06 00 00000003 000000")]
    [InlineData("07 00 00000006 000000000000")]
    [InlineData("03 00 00000000")]
    public void FixedSizePdus_MustHaveLength4(string hex) => Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(GoldenPdus.Hex(hex)));

    [Theory]
    [InlineData("04 00 00000006 00000001 01 03")]           // PDV length 1 < 2
    [InlineData("04 00 00000006 00000009 01 03")]           // PDV longer than the PDU
    [InlineData("04 00 00000009 00000002 01 03 000000")]    // 3 bytes left over after the PDV
    public void BadPdvLengths_AreInvalid(string hex) => Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(GoldenPdus.Hex(hex)));

    [Fact]
    public void ItemLengthBeyondTheRemainingBytes_IsInvalid()
    {
        var bytes = (byte[])GoldenPdus.AssociateRq.Clone();
        bytes[74 + 3] = 0xFF; // application context item-length 0x00FF: past the end of the PDU
        Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(bytes));
    }

    [Fact]
    public void MaximumLengthSubItemOfWrongSize_IsInvalid()
    {
        var rq = new AAssociateRqPdu("A", "B", ApplicationContextItem.Dicom, [new PresentationContextRqItem(1, "1.2", ["1.2.840.10008.1.2"])],
            new UserInformationItem { Unknown = [new UnknownUserInformationSubItem(0x51, new byte[3])] });
        Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(PduWriter.ToArray(rq)));
    }

    [Fact]
    public void AssociateRqShorterThanItsFixedFields_IsInvalid() =>
        Assert.Equal(AbortReason.InvalidPduParameterValue, ReasonOf(GoldenPdus.Hex("01 00 00000004 00010000")));

    [Fact]
    public void AETitleBytesAbove7F_AreReadOneCharacterPerByte()
    {
        var bytes = (byte[])GoldenPdus.AssociateRq.Clone();
        bytes[10] = 0xC4; // 'Ä' in Latin-1: a UTF-8 decoder would change the length
        var rq = Assert.IsType<AAssociateRqPdu>(PduReader.Read(bytes));
        Assert.Equal("ÄNY-SCP", rq.CalledAETitle);
    }
}
