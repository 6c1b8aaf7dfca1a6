using System.Net;

namespace AnonGateway.Dicom.Network.Association;

/// <summary>What an acceptor knows about a request when it decides whether to admit it.</summary>
/// <param name="CalledAETitle">The AE title the peer called (ours, if it addressed us correctly).</param>
/// <param name="CallingAETitle">The peer's AE title.</param>
/// <param name="RemoteEndPoint">The peer's address, when known.</param>
public sealed record AssociationCandidate(string CalledAETitle, string CallingAETitle, IPEndPoint? RemoteEndPoint);
