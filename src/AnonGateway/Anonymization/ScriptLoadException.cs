namespace AnonGateway.Anonymization;

/// <summary>A configured script has errors: the gateway does not start (the message is the <c>validate</c> output).</summary>
public sealed class ScriptLoadException : Exception
{
    public ScriptLoadException() { }
    public ScriptLoadException(string message) : base(message) { }
    public ScriptLoadException(string message, Exception inner) : base(message, inner) { }
}
