using System.Net;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.Network.Association;

/// <summary>Association negotiation on the acceptor side as a pure function: request + policy in, A-ASSOCIATE-AC
/// (with the agreed parameters) or A-ASSOCIATE-RJ out.</summary>
/// <remarks>
/// Order of checks: protocol version (RJ permanent, ACSE, protocol-version-not-supported), application context
/// (RJ permanent, user, application-context-name-not-supported), the policy's admission by AE titles and address,
/// then each presentation context: Verification and storage SOP classes (private ones when the policy allows) are
/// accepted with the transfer syntax chosen by <see cref="ChooseTransferSyntax"/>; others are rejected with
/// abstract-syntax-not-supported or transfer-syntaxes-not-supported. A request with no acceptable context is
/// rejected (permanent, user, no-reason-given), as storescp does. Role selection is answered for accepted SOP
/// classes (we only take the SCP role); SOP class extended negotiation and user identity are not answered, which
/// PS3.7 Annex D.3.3.5 and D.3.3.7 allow.
/// </remarks>
public static class AssociationNegotiator
{
    /// <summary>Negotiates <paramref name="request"/> from <paramref name="remote"/> under <paramref name="policy"/>.</summary>
    public static AssociationNegotiation Negotiate(AAssociateRqPdu request, IPEndPoint? remote, AssociationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if ((request.ProtocolVersion & 1) == 0)
            return Reject(RejectResult.Permanent, RejectReason.ProtocolVersionNotSupported);
        if (request.ApplicationContext.Name != ApplicationContextItem.DicomApplicationContextName)
            return Reject(RejectResult.Permanent, RejectReason.ApplicationContextNameNotSupported);
        if (policy.Admit(new AssociationCandidate(request.CalledAETitle, request.CallingAETitle, remote)) is { } rejection)
            return Reject(rejection.Result, rejection.Reason);

        var contexts = new Dictionary<byte, PresentationContext>();
        var results = new List<PresentationContextAcItem>(request.PresentationContexts.Count);
        foreach (var pc in request.PresentationContexts)
        {
            PresentationContext negotiated;
            if (contexts.ContainsKey(pc.PresentationContextId) || (pc.PresentationContextId & 1) == 0)
                negotiated = new PresentationContext(pc.PresentationContextId, pc.AbstractSyntax, PresentationContextResult.NoReason, "");
            else
                negotiated = NegotiateContext(pc, policy);
            if (!contexts.ContainsKey(pc.PresentationContextId)) contexts[pc.PresentationContextId] = negotiated;
            results.Add(new PresentationContextAcItem(negotiated.Id, negotiated.Result, negotiated.TransferSyntaxUid));
        }
        if (!contexts.Values.Any(c => c.IsAccepted))
            return Reject(RejectResult.Permanent, RejectReason.NoReasonGiven);

        var rq = request.UserInformation;
        AsynchronousOperationsWindowItem? window = rq.AsynchronousOperationsWindow is { } w
            ? new AsynchronousOperationsWindowItem(Narrow(w.MaximumOperationsInvoked, policy.MaximumOperationsInvoked), Narrow(w.MaximumOperationsPerformed, policy.MaximumOperationsPerformed))
            : null;
        var acceptedClasses = contexts.Values.Where(c => c.IsAccepted).Select(c => c.AbstractSyntax).ToHashSet(StringComparer.Ordinal);
        var roles = rq.RoleSelections
            .Where(r => acceptedClasses.Contains(r.SopClassUid))
            .GroupBy(r => r.SopClassUid, StringComparer.Ordinal)
            .Select(g => new RoleSelectionItem(g.Key, ScuRole: g.First().ScuRole, ScpRole: false))
            .ToList();
        var userInformation = new UserInformationItem
        {
            MaximumLength = new MaximumLengthItem(policy.MaximumPduLength),
            ImplementationClassUid = new ImplementationClassUidItem(policy.ImplementationClassUid),
            AsynchronousOperationsWindow = window,
            RoleSelections = roles,
            ImplementationVersionName = new ImplementationVersionNameItem(policy.ImplementationVersionName),
        };
        var accept = new AAssociateAcPdu(request.CalledAETitle, request.CallingAETitle, ApplicationContextItem.Dicom, results, userInformation);
        var parameters = new AssociationParameters
        {
            CalledAETitle = request.CalledAETitle,
            CallingAETitle = request.CallingAETitle,
            RemoteEndPoint = remote,
            PresentationContexts = contexts,
            PeerMaximumPduLength = rq.MaximumLength?.MaximumLength ?? 0,
            OurMaximumPduLength = policy.MaximumPduLength,
            MaximumOperationsInvoked = window?.MaximumOperationsInvoked ?? 1,
            MaximumOperationsPerformed = window?.MaximumOperationsPerformed ?? 1,
            PeerImplementationClassUid = rq.ImplementationClassUid?.Uid,
            PeerImplementationVersionName = rq.ImplementationVersionName?.Name,
            UserIdentity = rq.UserIdentityRq,
        };
        return AssociationNegotiation.Accepted(accept, parameters);
    }

    /// <summary>The transfer syntax for a context: the first of <see cref="AssociationPolicy.TransferSyntaxPreference"/>
    /// that was proposed and is storable, else the sender's first storable proposal; null when none fits.</summary>
    public static string? ChooseTransferSyntax(IReadOnlyList<string> proposed, AssociationPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(policy);
        foreach (var preferred in policy.TransferSyntaxPreference)
            if (proposed.Contains(preferred, StringComparer.Ordinal) && policy.CanStoreTransferSyntax(preferred)) return preferred;
        foreach (var ts in proposed)
            if (policy.CanStoreTransferSyntax(ts)) return ts;
        return null;
    }

    private static PresentationContext NegotiateContext(PresentationContextRqItem pc, AssociationPolicy policy)
    {
        var kind = SopClassClassifier.Classify(pc.AbstractSyntax);
        string? ts = kind switch
        {
            // Verification carries no data set: any native syntax will do; prefer the default one.
            SopClassKind.Verification => pc.TransferSyntaxes.Contains(TransferSyntax.ImplicitVRLittleEndian.Uid, StringComparer.Ordinal)
                ? TransferSyntax.ImplicitVRLittleEndian.Uid
                : pc.TransferSyntaxes.FirstOrDefault(t => TransferSyntax.TryGetKnown(t) is { IsUncompressed: true }),
            SopClassKind.Storage => ChooseTransferSyntax(pc.TransferSyntaxes, policy),
            SopClassKind.Private when policy.AcceptPrivateSopClasses => ChooseTransferSyntax(pc.TransferSyntaxes, policy),
            _ => null,
        };
        bool supported = kind is SopClassKind.Verification or SopClassKind.Storage || (kind == SopClassKind.Private && policy.AcceptPrivateSopClasses);
        if (!supported) return new PresentationContext(pc.PresentationContextId, pc.AbstractSyntax, PresentationContextResult.AbstractSyntaxNotSupported, "");
        return ts is null
            ? new PresentationContext(pc.PresentationContextId, pc.AbstractSyntax, PresentationContextResult.TransferSyntaxesNotSupported, "")
            : new PresentationContext(pc.PresentationContextId, pc.AbstractSyntax, PresentationContextResult.Acceptance, ts);
    }

    /// <summary>The window value both sides can live with: 0 means unlimited on either side.</summary>
    private static ushort Narrow(ushort proposed, ushort ours) =>
        proposed == 0 ? ours : ours == 0 ? proposed : Math.Min(proposed, ours);

    private static AssociationNegotiation Reject(RejectResult result, RejectReason reason) =>
        AssociationNegotiation.Rejected(new AAssociateRjPdu(result, reason));
}
