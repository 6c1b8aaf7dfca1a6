using System.CommandLine;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.Commands;

/// <summary><c>anongw validate [--format text|json] SCRIPT...</c>: compiles DicomEdit scripts without running them and
/// prints every diagnostic. Exit code 0 when no script has an error, 1 when any has, 2 for usage errors.</summary>
internal static class ValidateCommand
{
    public const int UsageError = 2;

    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: text (file:line:col, source line, caret, hint) or json (for editors and CI).",
            DefaultValueFactory = _ => "text",
        };
        var scripts = new Argument<string[]>("SCRIPT")
        {
            Description = "DicomEdit 4 or 6 script files (.das).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        // Usage problems are checked here rather than by the parser so that they exit with 2, not the parser's 1.
        var command = new Command("validate", "Check DicomEdit scripts for errors without running them.")
        {
            format,
            scripts,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parseResult => Run(
            parseResult.GetValue(format) ?? "text",
            parseResult.GetValue(scripts) ?? [],
            parseResult.UnmatchedTokens,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The command's behaviour, separate from the command-line plumbing so tests can call it.</summary>
    public static int Run(string format, IReadOnlyList<string> paths, IReadOnlyList<string> unmatched, TextWriter output, TextWriter error)
    {
        if (unmatched.Count > 0 || paths.Any(p => p.StartsWith('-')))
        {
            var bad = unmatched.Concat(paths.Where(p => p.StartsWith('-'))).First();
            error.WriteLine($"validate: unknown option or argument '{bad}'");
            return UsageError;
        }
        if (format is not ("text" or "json"))
        {
            error.WriteLine($"validate: --format must be text or json, not '{format}'");
            return UsageError;
        }
        if (paths.Count == 0)
        {
            error.WriteLine("validate: no script given; usage: anongw validate [--format text|json] SCRIPT...");
            return UsageError;
        }
        var sources = new List<SourceText>();
        foreach (var path in paths)
        {
            try
            {
                sources.Add(SourceText.Load(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"validate: cannot read {path}: {ex.Message}");
                return UsageError;
            }
        }
        var report = ValidationReport.Create(sources);
        if (format == "json")
        {
            output.Write(report.ToJson());
        }
        else
        {
            output.Write(report.ToText());
            error.WriteLine("validate: " + report.Summary);
        }
        return report.ExitCode;
    }
}
