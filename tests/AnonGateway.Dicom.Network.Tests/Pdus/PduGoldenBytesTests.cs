using System.Buffers;
using System.Text;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.Tests.Pdus;

public class PduGoldenBytesTests
{
    private static readonly UserInformationItem s_echoUserInfo = new()
    {
        MaximumLength = new MaximumLengthItem(16384),
        ImplementationClassUid = new ImplementationClassUidItem("1.2.3.4"),
        ImplementationVersionName = new ImplementationVersionNameItem("TEST_1"),
    };

    private const string Ct = "1.2.840.10008.5.1.4.1.1.2";

    [Fact]
    public void AssociateRq_Read_DecodesEveryField()
    {
        var rq = Assert.IsType<AAssociateRqPdu>(PduReader.Read(GoldenPdus.AssociateRq));
        Assert.Equal(1, rq.ProtocolVersion);
        Assert.Equal("ANY-SCP", rq.CalledAETitle);
        Assert.Equal("ECHOSCU", rq.CallingAETitle);
        Assert.Equal(ApplicationContextItem.DicomApplicationContextName, rq.ApplicationContext.Name);
        var pc = Assert.Single(rq.PresentationContexts);
        Assert.Equal(1, pc.PresentationContextId);
        Assert.Equal("1.2.840.10008.1.1", pc.AbstractSyntax);
        Assert.Equal(["1.2.840.10008.1.2"], pc.TransferSyntaxes);
        Assert.Equal(16384u, rq.UserInformation.MaximumLength!.MaximumLength);
        Assert.Equal("1.2.3.4", rq.UserInformation.ImplementationClassUid!.Uid);
        Assert.Equal("TEST_1", rq.UserInformation.ImplementationVersionName!.Name);
        Assert.Null(rq.UserInformation.AsynchronousOperationsWindow);
    }

    [Fact]
    public void AssociateRq_Write_MatchesGoldenBytes()
    {
        var rq = new AAssociateRqPdu("ANY-SCP", "ECHOSCU", ApplicationContextItem.Dicom,
            [new PresentationContextRqItem(1, "1.2.840.10008.1.1", ["1.2.840.10008.1.2"])], s_echoUserInfo);
        Assert.Equal(Convert.ToHexString(GoldenPdus.AssociateRq), Convert.ToHexString(PduWriter.ToArray(rq)));
    }

    private static AAssociateRqPdu FullRq() => new("STORE-SCP", "MODALITY", ApplicationContextItem.Dicom,
        [new PresentationContextRqItem(3, Ct, ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2"])],
        new UserInformationItem
        {
            MaximumLength = new MaximumLengthItem(0),
            ImplementationClassUid = new ImplementationClassUidItem("1.2.3.4"),
            AsynchronousOperationsWindow = new AsynchronousOperationsWindowItem(5, 1),
            RoleSelections = [new RoleSelectionItem(Ct, true, false)],
            ImplementationVersionName = new ImplementationVersionNameItem("TEST_1"),
            SopClassExtendedNegotiations = [new SopClassExtendedNegotiationItem(Ct, new byte[] { 2, 0, 0, 0, 1, 0 })],
            UserIdentityRq = new UserIdentityRqItem(2, true, "user"u8.ToArray(), "pass"u8.ToArray()),
            Unknown = [new UnknownUserInformationSubItem(0x57, new byte[4])],
        });

    [Fact]
    public void AssociateRqWithEverySubItem_Read_DecodesEveryField()
    {
        var rq = Assert.IsType<AAssociateRqPdu>(PduReader.Read(GoldenPdus.AssociateRqFull));
        Assert.Equal("STORE-SCP", rq.CalledAETitle);
        Assert.Equal("MODALITY", rq.CallingAETitle);
        var pc = Assert.Single(rq.PresentationContexts);
        Assert.Equal(3, pc.PresentationContextId);
        Assert.Equal(Ct, pc.AbstractSyntax);
        Assert.Equal(["1.2.840.10008.1.2.1", "1.2.840.10008.1.2"], pc.TransferSyntaxes);
        var ui = rq.UserInformation;
        Assert.Equal(0u, ui.MaximumLength!.MaximumLength);
        Assert.Equal(new AsynchronousOperationsWindowItem(5, 1), ui.AsynchronousOperationsWindow);
        Assert.Equal(new RoleSelectionItem(Ct, true, false), Assert.Single(ui.RoleSelections));
        var ext = Assert.Single(ui.SopClassExtendedNegotiations);
        Assert.Equal(Ct, ext.SopClassUid);
        Assert.Equal(new byte[] { 2, 0, 0, 0, 1, 0 }, ext.ServiceClassApplicationInformation.ToArray());
        Assert.Equal(2, ui.UserIdentityRq!.IdentityType);
        Assert.True(ui.UserIdentityRq.PositiveResponseRequested);
        Assert.Equal("user", Encoding.ASCII.GetString(ui.UserIdentityRq.PrimaryField.Span));
        Assert.Equal("pass", Encoding.ASCII.GetString(ui.UserIdentityRq.SecondaryField.Span));
        Assert.DoesNotContain("pass", ui.UserIdentityRq.ToString(), StringComparison.Ordinal);
        var unknown = Assert.Single(ui.Unknown);
        Assert.Equal(0x57, unknown.ItemType);
    }

    [Fact]
    public void AssociateRqWithEverySubItem_Write_MatchesGoldenBytes() =>
        Assert.Equal(Convert.ToHexString(GoldenPdus.AssociateRqFull), Convert.ToHexString(PduWriter.ToArray(FullRq())));

    private static AAssociateAcPdu Ac() => new("ANY-SCP", "ECHOSCU", ApplicationContextItem.Dicom,
        [new PresentationContextAcItem(1, PresentationContextResult.Acceptance, "1.2.840.10008.1.2"),
         new PresentationContextAcItem(3, PresentationContextResult.AbstractSyntaxNotSupported, "")],
        new UserInformationItem
        {
            MaximumLength = new MaximumLengthItem(65536),
            ImplementationClassUid = new ImplementationClassUidItem("1.2.3.4"),
            AsynchronousOperationsWindow = new AsynchronousOperationsWindowItem(5, 1),
            ImplementationVersionName = new ImplementationVersionNameItem("TEST_1"),
            UserIdentityAc = new UserIdentityAcItem(ReadOnlyMemory<byte>.Empty),
        });

    [Fact]
    public void AssociateAc_Read_DecodesEveryField()
    {
        var ac = Assert.IsType<AAssociateAcPdu>(PduReader.Read(GoldenPdus.AssociateAc));
        Assert.Equal("ANY-SCP", ac.CalledAETitle);
        Assert.Equal(2, ac.PresentationContexts.Count);
        Assert.True(ac.PresentationContexts[0].IsAccepted);
        Assert.Equal("1.2.840.10008.1.2", ac.PresentationContexts[0].TransferSyntax);
        Assert.Equal(PresentationContextResult.AbstractSyntaxNotSupported, ac.PresentationContexts[1].Result);
        Assert.Equal("", ac.PresentationContexts[1].TransferSyntax);
        Assert.Equal(65536u, ac.UserInformation.MaximumLength!.MaximumLength);
        Assert.NotNull(ac.UserInformation.UserIdentityAc);
    }

    [Fact]
    public void AssociateAc_Write_MatchesGoldenBytes() =>
        Assert.Equal(Convert.ToHexString(GoldenPdus.AssociateAc), Convert.ToHexString(PduWriter.ToArray(Ac())));

    [Fact]
    public void AssociateRj_ReadAndWrite_MatchGoldenBytes()
    {
        var rj = Assert.IsType<AAssociateRjPdu>(PduReader.Read(GoldenPdus.AssociateRj));
        Assert.Equal(RejectResult.Permanent, rj.Result);
        Assert.Equal(RejectReason.CalledAETitleNotRecognized, rj.Reason);
        Assert.Equal(GoldenPdus.AssociateRj, PduWriter.ToArray(new AAssociateRjPdu(RejectResult.Permanent, RejectReason.CalledAETitleNotRecognized)));
    }

    [Fact]
    public void PDataTf_ReadAndWrite_MatchGoldenBytes()
    {
        var pd = Assert.IsType<PDataTfPdu>(PduReader.Read(GoldenPdus.PDataTf));
        Assert.Equal(2, pd.Values.Count);
        Assert.Equal((byte)1, pd.Values[0].PresentationContextId);
        Assert.True(pd.Values[0].IsCommand);
        Assert.True(pd.Values[0].IsLastFragment);
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, pd.Values[0].Data.ToArray());
        Assert.False(pd.Values[1].IsCommand);
        Assert.False(pd.Values[1].IsLastFragment);
        Assert.Equal(new byte[] { 0xAA, 0xBB }, pd.Values[1].Data.ToArray());
        var written = PduWriter.ToArray(new PDataTfPdu([new PresentationDataValue(1, true, true, new byte[] { 1, 2, 3, 4 }), new PresentationDataValue(1, false, false, new byte[] { 0xAA, 0xBB })]));
        Assert.Equal(GoldenPdus.PDataTf, written);
    }

    [Fact]
    public void ReleaseAndAbort_ReadAndWrite_MatchGoldenBytes()
    {
        Assert.IsType<AReleaseRqPdu>(PduReader.Read(GoldenPdus.ReleaseRq));
        Assert.IsType<AReleaseRpPdu>(PduReader.Read(GoldenPdus.ReleaseRp));
        Assert.Equal(new AAbortPdu(AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue), PduReader.Read(GoldenPdus.Abort));
        Assert.Equal(GoldenPdus.ReleaseRq, PduWriter.ToArray(AReleaseRqPdu.Instance));
        Assert.Equal(GoldenPdus.ReleaseRp, PduWriter.ToArray(AReleaseRpPdu.Instance));
        Assert.Equal(GoldenPdus.Abort, PduWriter.ToArray(new AAbortPdu(AbortSource.ServiceProvider, AbortReason.InvalidPduParameterValue)));
    }

    [Fact]
    public void TryRead_ByteByByte_NeedsMoreUntilTheLastByte()
    {
        var bytes = GoldenPdus.AssociateRq;
        for (int n = 0; n < bytes.Length; n++)
        {
            var partial = new ReadOnlySequence<byte>(bytes, 0, n);
            Assert.False(PduReader.TryRead(ref partial, 0, out _));
        }
        var whole = new ReadOnlySequence<byte>([.. bytes, .. GoldenPdus.ReleaseRq]);
        Assert.True(PduReader.TryRead(ref whole, 0, out var first));
        Assert.IsType<AAssociateRqPdu>(first);
        Assert.True(PduReader.TryRead(ref whole, 0, out var second));
        Assert.IsType<AReleaseRqPdu>(second);
        Assert.True(whole.IsEmpty);
    }
}
