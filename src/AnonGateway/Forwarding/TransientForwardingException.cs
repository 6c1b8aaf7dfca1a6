namespace AnonGateway.Forwarding;

/// <summary>Raised inside the retry pipeline when a batch had transient failures, so Polly backs off and tries again.</summary>
public sealed class TransientForwardingException : Exception
{
    public TransientForwardingException() { }
    public TransientForwardingException(string message) : base(message) { }
    public TransientForwardingException(string message, Exception inner) : base(message, inner) { }
}
