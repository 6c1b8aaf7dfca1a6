namespace AnonGateway.Hosting;

/// <summary>Where an object came from: logged with every outcome and kept with a quarantined object.</summary>
public sealed record ObjectOrigin(string CallingAeTitle, string CalledAeTitle, string? RemoteAddress, string SopClassUid, string SopInstanceUid);
