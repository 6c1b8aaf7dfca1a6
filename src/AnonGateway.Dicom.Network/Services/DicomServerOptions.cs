using System.Net;
using AnonGateway.Dicom.Network.Association;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>Settings of a <see cref="DicomServer"/>.</summary>
public sealed record DicomServerOptions
{
    /// <summary>The address to bind (default 0.0.0.0; tests use 127.0.0.1).</summary>
    public IPAddress BindAddress { get; init; } = IPAddress.Any;

    /// <summary>The port (0 = any free port; read <see cref="DicomServer.LocalEndPoint"/>).</summary>
    public int Port { get; init; } = 104;

    /// <summary>Negotiation rules.</summary>
    public AssociationPolicy Policy { get; init; } = new();

    /// <summary>The named timeouts.</summary>
    public DicomNetworkTimeouts Timeouts { get; init; } = DicomNetworkTimeouts.Default;

    /// <summary>Established associations served at once; more are rejected transient (local-limit-exceeded).</summary>
    public int MaximumAssociations { get; init; } = 32;

    /// <summary>Connections that have not yet associated (in Sta2, bounded by ARTIM); more are closed at once.</summary>
    public int MaximumPendingConnections { get; init; } = 1000;
}
