using Microsoft.Extensions.Logging;

namespace AnonGateway.Logging;

/// <summary>The gateway's log events, with stable event IDs (1xxx associations, 2xxx scripts, 4xxx spool, 5xxx reload,
/// 6xxx start, 7xxx forwarding; the network library uses 3xxx). They carry AE titles, routes, UIDs, script locations and
/// counts — never an element value of a data set.</summary>
public static partial class GatewayLog
{
    /// <summary>The logger category whose events also go, one line each, to <c>logs/anon-*.log</c>.</summary>
    public const string AnonCategory = "AnonGateway.Anon";

    [LoggerMessage(EventId = 2001, Level = LogLevel.Error,
        Message = "ScriptError route={Route} script={Script} line={Line} col={Column} sop={SopInstanceUid} calling={CallingAe} called={CalledAe}: {Error}")]
    public static partial void ScriptError(ILogger logger, string route, string script, int line, int column, string sopInstanceUid, string callingAe, string calledAe, string error);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information,
        Message = "ScriptReject route={Route} script={Script} sop={SopInstanceUid} calling={CallingAe} called={CalledAe}: the script rejected the object; it is dropped")]
    public static partial void ScriptRejected(ILogger logger, string route, string script, string sopInstanceUid, string callingAe, string calledAe);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning,
        Message = "Association from {CallingAe}@{Remote} to {CalledAe} rejected: {Reason}")]
    public static partial void AssociationRejected(ILogger logger, string callingAe, string remote, string calledAe, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information,
        Message = "Stored sop={SopInstanceUid} route={Route} destination={Destination} calling={CallingAe} called={CalledAe}")]
    public static partial void Stored(ILogger logger, string sopInstanceUid, string route, string destination, string callingAe, string calledAe);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error,
        Message = "Store of sop={SopInstanceUid} from {CallingAe} to {CalledAe} failed: {Error}")]
    public static partial void StoreFailed(ILogger logger, string sopInstanceUid, string callingAe, string calledAe, string error);

    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Spool recovery: discarded {Count} unacknowledged or half-written files; {Queued} objects queued for forwarding")]
    public static partial void Recovered(ILogger logger, int count, int queued);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Script {Script} reloaded")]
    public static partial void ScriptReloaded(ILogger logger, string script);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Error, Message = "Script {Script} changed but has errors; the previous version stays in use:\n{Diagnostics}")]
    public static partial void ScriptReloadRefused(ILogger logger, string script, string diagnostics);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Lookup table {Table} reloaded ({Count} keys)")]
    public static partial void LookupTableReloaded(ILogger logger, string table, int count);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Error, Message = "Lookup table {Table} changed but cannot be used; the previous version stays in use: {Reason}")]
    public static partial void LookupTableReloadRefused(ILogger logger, string table, string reason);

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "AnonGateway {AeTitle} listening on port {Port}; routes: {Routes}")]
    public static partial void Listening(ILogger logger, string aeTitle, int port, string routes);
}
