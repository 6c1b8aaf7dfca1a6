namespace AnonGateway.Tests.Gateway;

/// <summary>Gateway process tests run one at a time: each starts real processes and sends hundreds of objects on 2 cores.</summary>
[CollectionDefinition("gateway", DisableParallelization = true)]
public sealed class GatewayCollection;
