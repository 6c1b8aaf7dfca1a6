using System.CommandLine;

namespace AnonGateway.Commands;

/// <summary>The verbs of <c>anongw</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield break;
    }
}
