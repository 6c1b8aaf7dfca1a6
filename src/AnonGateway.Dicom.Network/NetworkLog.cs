using System.Net;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.StateMachine;
using Microsoft.Extensions.Logging;

namespace AnonGateway.Dicom.Network;

/// <summary>The log messages of the network layer, with stable event IDs (3000-3099). Data set values are never logged.</summary>
internal static partial class NetworkLog
{
    [LoggerMessage(3000, LogLevel.Debug, "{Association}: {State} + {Event} -> {Action} -> {Next}")]
    public static partial void Transition(ILogger logger, string association, UlState state, UlEvent @event, UlAction action, UlState next);

    [LoggerMessage(3001, LogLevel.Information, "{Association}: association accepted: {Calling} -> {Called}, {Accepted} of {Proposed} presentation contexts, peer max PDU {PeerMaxPdu}")]
    public static partial void Accepted(ILogger logger, string association, string calling, string called, int accepted, int proposed, uint peerMaxPdu);

    [LoggerMessage(3002, LogLevel.Warning, "{Association}: association rejected ({Result}, {Reason}): {Calling} -> {Called}")]
    public static partial void Rejected(ILogger logger, string association, RejectResult result, RejectReason reason, string calling, string called);

    [LoggerMessage(3003, LogLevel.Warning, "{Association}: aborting (source {Source}, reason {Reason}): {Message}")]
    public static partial void Aborting(ILogger logger, string association, AbortSource source, AbortReason reason, string message);

    [LoggerMessage(3004, LogLevel.Warning, "{Association}: peer aborted (source {Source}, reason {Reason})")]
    public static partial void PeerAborted(ILogger logger, string association, AbortSource source, AbortReason reason);

    [LoggerMessage(3005, LogLevel.Warning, "{Remote}: peer is speaking {Protocol} on the DICOM port; closing")]
    public static partial void WrongProtocol(ILogger logger, IPEndPoint? remote, Transport.SniffedProtocol protocol);

    [LoggerMessage(3006, LogLevel.Information, "{Association}: {What}")]
    public static partial void Closed(ILogger logger, string association, string what);

    [LoggerMessage(3007, LogLevel.Warning, "{Association}: {Timeout} timeout ({Seconds} s) expired in {State}")]
    public static partial void TimedOut(ILogger logger, string association, string timeout, double seconds, UlState state);

    [LoggerMessage(3008, LogLevel.Information, "{Association}: C-STORE {SopInstanceUid} ({SopClassUid}, {TransferSyntax}) -> status {Status:X4}")]
    public static partial void Stored(ILogger logger, string association, string sopInstanceUid, string sopClassUid, string transferSyntax, ushort status);

    [LoggerMessage(3009, LogLevel.Information, "{Association}: C-ECHO -> status 0000")]
    public static partial void Echoed(ILogger logger, string association);

    [LoggerMessage(3010, LogLevel.Information, "Listening for DICOM associations on {EndPoint} (at most {Limit} at once)")]
    public static partial void Listening(ILogger logger, EndPoint endPoint, int limit);

    [LoggerMessage(3011, LogLevel.Error, "{Association}: the storage sink failed on {SopInstanceUid}")]
    public static partial void SinkFailed(ILogger logger, Exception exception, string association, string sopInstanceUid);

    [LoggerMessage(3012, LogLevel.Warning, "{Association}: association failed: {Message}")]
    public static partial void AssociationFailed(ILogger logger, string association, string message);

    [LoggerMessage(3013, LogLevel.Debug, "{Association}: ignoring {Pdu} in Sta13")]
    public static partial void Ignored(ILogger logger, string association, PduType pdu);
}
