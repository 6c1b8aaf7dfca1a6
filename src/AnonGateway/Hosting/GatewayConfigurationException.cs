namespace AnonGateway.Hosting;

/// <summary>The configuration is not usable; the message has one line per problem, each naming its key.</summary>
public sealed class GatewayConfigurationException : Exception
{
    public GatewayConfigurationException() { }
    public GatewayConfigurationException(string message) : base(message) { }
    public GatewayConfigurationException(string message, Exception inner) : base(message, inner) { }
}
