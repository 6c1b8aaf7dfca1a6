using AnonGateway.Dicom.Network.Association;

namespace AnonGateway.Dicom.Network.Services;

/// <summary>Where and how an SCU associates.</summary>
public sealed record DicomClientOptions
{
    /// <summary>The peer's host name or address.</summary>
    public required string Host { get; init; }

    /// <summary>The peer's port.</summary>
    public required int Port { get; init; }

    /// <summary>The peer's AE title.</summary>
    public required string CalledAETitle { get; init; }

    /// <summary>Our AE title.</summary>
    public string CallingAETitle { get; init; } = "ANONGW";

    /// <summary>The maximum P-DATA-TF length we declare (0 = unlimited).</summary>
    public uint MaximumPduLength { get; init; } = 65536;

    /// <summary>Operations we would like to have outstanding at once; above 1 an Asynchronous Operations Window is
    /// proposed, and only what the peer accepts is used.</summary>
    public ushort MaximumOperationsInvoked { get; init; } = 1;

    /// <summary>The named timeouts.</summary>
    public DicomNetworkTimeouts Timeouts { get; init; } = DicomNetworkTimeouts.Default;
}
