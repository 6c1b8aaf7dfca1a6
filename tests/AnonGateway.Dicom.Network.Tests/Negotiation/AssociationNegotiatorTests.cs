using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.Tests.Negotiation;

public class AssociationNegotiatorTests
{
    private const string Ct = "1.2.840.10008.5.1.4.1.1.2";
    private const string Find = "1.2.840.10008.5.1.4.1.2.1.1";
    private const string Private = "1.3.12.2.1107.5.9.1";
    private const string Implicit = "1.2.840.10008.1.2";
    private const string Explicit = "1.2.840.10008.1.2.1";
    private const string Jpeg = "1.2.840.10008.1.2.4.50";
    private const string J2k = "1.2.840.10008.1.2.4.90";

    private static AAssociateRqPdu Rq(UserInformationItem? ui = null, params PresentationContextRqItem[] contexts) =>
        new("GATEWAY", "MODALITY", ApplicationContextItem.Dicom, contexts, ui ?? new UserInformationItem { MaximumLength = new MaximumLengthItem(16384) });

    private static PresentationContextRqItem Pc(byte id, string sop, params string[] ts) => new(id, sop, ts);

    [Fact]
    public void StorageVerificationAndPrivate_AreAccepted_FindIsNot()
    {
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Implicit), Pc(3, "1.2.840.10008.1.1", Explicit, Implicit), Pc(5, Private, Explicit), Pc(7, Find, Implicit)), null, new AssociationPolicy());
        Assert.True(n.IsAccepted);
        var results = n.Accept!.PresentationContexts;
        Assert.Equal(PresentationContextResult.Acceptance, results[0].Result);
        Assert.Equal(Implicit, results[1].TransferSyntax);
        Assert.Equal(PresentationContextResult.Acceptance, results[2].Result);
        Assert.Equal(PresentationContextResult.AbstractSyntaxNotSupported, results[3].Result);
        Assert.Equal(16384u, n.Parameters!.PeerMaximumPduLength);
    }

    [Fact]
    public void PrivateSopClass_WhenThePolicyForbids_IsAbstractSyntaxNotSupported()
    {
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Implicit), Pc(3, Private, Explicit)), null, new AssociationPolicy { AcceptPrivateSopClasses = false });
        Assert.Equal(PresentationContextResult.AbstractSyntaxNotSupported, n.Accept!.PresentationContexts[1].Result);
    }

    [Fact]
    public void DefaultChoice_KeepsTheSendersFirstStorableSyntax_CompressedIncluded()
    {
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Jpeg, Explicit, Implicit)), null, new AssociationPolicy());
        Assert.Equal(Jpeg, n.Accept!.PresentationContexts[0].TransferSyntax);
    }

    [Fact]
    public void Preference_WinsOverTheSendersOrder()
    {
        var policy = new AssociationPolicy { TransferSyntaxPreference = [Explicit, Implicit] };
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Jpeg, Implicit, Explicit)), null, policy);
        Assert.Equal(Explicit, n.Accept!.PresentationContexts[0].TransferSyntax);
    }

    [Fact]
    public void NoStorableSyntax_IsTransferSyntaxesNotSupported()
    {
        var policy = new AssociationPolicy { CanStoreTransferSyntax = ts => ts is Implicit or Explicit };
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Implicit), Pc(3, Ct, J2k)), null, policy);
        Assert.Equal(PresentationContextResult.TransferSyntaxesNotSupported, n.Accept!.PresentationContexts[1].Result);
    }

    [Fact]
    public void NothingAcceptable_RejectsPermanentNoReason()
    {
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Find, Implicit)), null, new AssociationPolicy());
        Assert.False(n.IsAccepted);
        Assert.Equal(RejectResult.Permanent, n.Reject!.Result);
        Assert.Equal(RejectReason.NoReasonGiven, n.Reject.Reason);
    }

    [Fact]
    public void PolicyAdmit_SeesCalledCallingAndAddress_AndItsRejectionIsSent()
    {
        AssociationCandidate? seen = null;
        var policy = new AssociationPolicy { Admit = c => { seen = c; return AssociationRejection.CalledAETitleNotRecognized; } };
        var remote = new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 1234);
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Implicit)), remote, policy);
        Assert.Equal(new AssociationCandidate("GATEWAY", "MODALITY", remote), seen);
        Assert.Equal(new AAssociateRjPdu(RejectResult.Permanent, RejectReason.CalledAETitleNotRecognized), n.Reject);
    }

    [Fact]
    public void WrongApplicationContext_IsRejectedByTheServiceUser()
    {
        var rq = Rq(null, Pc(1, Ct, Implicit)) with { ApplicationContext = new ApplicationContextItem("1.2.3") };
        Assert.Equal(RejectReason.ApplicationContextNameNotSupported, AssociationNegotiator.Negotiate(rq, null, new AssociationPolicy()).Reject!.Reason);
    }

    [Fact]
    public void UnsupportedProtocolVersion_IsRejectedByAcse()
    {
        var rq = Rq(null, Pc(1, Ct, Implicit)) with { ProtocolVersion = 2 };
        Assert.Equal(RejectReason.ProtocolVersionNotSupported, AssociationNegotiator.Negotiate(rq, null, new AssociationPolicy()).Reject!.Reason);
    }

    [Theory]
    [InlineData(5, 16, 5)]
    [InlineData(0, 16, 16)]
    [InlineData(50, 0, 50)]
    [InlineData(50, 16, 16)]
    public void AsynchronousWindow_IsNarrowedToWhatBothAccept(int proposed, int ours, int expected)
    {
        var ui = new UserInformationItem { MaximumLength = new MaximumLengthItem(0), AsynchronousOperationsWindow = new AsynchronousOperationsWindowItem((ushort)proposed, 3) };
        var n = AssociationNegotiator.Negotiate(Rq(ui, Pc(1, Ct, Implicit)), null, new AssociationPolicy { MaximumOperationsInvoked = (ushort)ours });
        Assert.Equal((ushort)expected, n.Accept!.UserInformation.AsynchronousOperationsWindow!.MaximumOperationsInvoked);
        Assert.Equal((ushort)1, n.Accept.UserInformation.AsynchronousOperationsWindow.MaximumOperationsPerformed);
        Assert.Equal((ushort)expected, n.Parameters!.MaximumOperationsInvoked);
    }

    [Fact]
    public void NoWindowProposed_NoWindowAnswered()
    {
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Implicit)), null, new AssociationPolicy());
        Assert.Null(n.Accept!.UserInformation.AsynchronousOperationsWindow);
        Assert.Equal((ushort)1, n.Parameters!.MaximumOperationsInvoked);
    }

    [Fact]
    public void RoleSelection_IsAnsweredForAcceptedClassesWithScuOnly()
    {
        var ui = new UserInformationItem { RoleSelections = [new RoleSelectionItem(Ct, true, true), new RoleSelectionItem(Find, true, false)] };
        var n = AssociationNegotiator.Negotiate(Rq(ui, Pc(1, Ct, Implicit), Pc(3, Find, Implicit)), null, new AssociationPolicy());
        Assert.Equal(new RoleSelectionItem(Ct, true, false), Assert.Single(n.Accept!.UserInformation.RoleSelections));
    }

    [Fact]
    public void ExtendedNegotiationAndUserIdentity_AreNotAnswered()
    {
        var ui = new UserInformationItem
        {
            SopClassExtendedNegotiations = [new SopClassExtendedNegotiationItem(Ct, new byte[] { 2, 0, 0, 0, 1, 0 })],
            UserIdentityRq = new UserIdentityRqItem(1, true, "u"u8.ToArray(), ReadOnlyMemory<byte>.Empty),
        };
        var n = AssociationNegotiator.Negotiate(Rq(ui, Pc(1, Ct, Implicit)), null, new AssociationPolicy());
        Assert.Empty(n.Accept!.UserInformation.SopClassExtendedNegotiations);
        Assert.Null(n.Accept.UserInformation.UserIdentityAc);
        Assert.NotNull(n.Parameters!.UserIdentity);
    }

    [Fact]
    public void EvenOrDuplicateContextIds_AreRejectedNoReason()
    {
        var n = AssociationNegotiator.Negotiate(Rq(null, Pc(1, Ct, Implicit), Pc(1, Ct, Explicit), Pc(2, Ct, Implicit)), null, new AssociationPolicy());
        Assert.Equal(PresentationContextResult.NoReason, n.Accept!.PresentationContexts[1].Result);
        Assert.Equal(PresentationContextResult.NoReason, n.Accept.PresentationContexts[2].Result);
    }
}
