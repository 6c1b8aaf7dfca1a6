using System.CommandLine;

namespace AnonGateway.Commands;

/// <summary>The verbs of <c>anongw</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return ServeCommand.Create();
        yield return ReplayCommand.Create();
        yield return StatusCommand.Create();
        yield return DumpCommand.Create();
        yield return ValidateCommand.Create();
        yield return ApplyCommand.Create();
        yield return EchoCommand.Create();
        yield return SendCommand.Create();
        yield return ReceiveCommand.Create();
    }
}
