namespace AnonGateway.Routing;

/// <summary>Why no route takes an association; each maps to an A-ASSOCIATE-RJ reason (PS3.8 §9.3.4).</summary>
public enum RouteRejection
{
    None,
    /// <summary>No route serves the called AE title (reject, service user, reason 7).</summary>
    CalledAeNotRecognized,
    /// <summary>Routes serve the called AE title but none allows the calling AE title (reason 3).</summary>
    CallingAeNotRecognized,
    /// <summary>The peer's address is not allowed on any route that would take it (reason 1, no reason given).</summary>
    AddressNotAllowed,
}
