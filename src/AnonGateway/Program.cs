using System.CommandLine;

namespace AnonGateway;

/// <summary>The <c>anongw</c> program: the gateway (<c>serve</c>, the default) and its tools.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("AnonGateway: a DICOM anonymizing gateway between modalities and XNAT.");
        // One line per verb; each verb lives in Commands/<Verb>Command.cs.
        foreach (var command in Commands.CommandCatalog.All()) root.Subcommands.Add(command);
        // `anongw` alone (or with only --config) runs the gateway.
        root.Options.Add(Commands.ServeCommand.ConfigOption);
        root.SetAction((parse, ct) => Commands.ServeCommand.RunAsync(parse.GetValue(Commands.ServeCommand.ConfigOption), ct));
        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }
}
