using System.CommandLine;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;
using AnonGateway.DicomEdit;
using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.Commands;

/// <summary><c>anongw apply --script S [--script S2 …] [--var name=value …] [--lookup FILE] [--out DIR] [--diff] INPUT…</c>: runs a
/// chain of DicomEdit scripts (site, then project) on files or folders (recursive). With <c>--out</c> the results are
/// written under DIR with their relative names; without it nothing is written (dry run). <c>--diff</c> prints every
/// attribute added, changed or removed per object. Exit 0 when every object was written or rejected, 1 when any
/// failed, 2 for usage errors or a script that does not compile.</summary>
internal static class ApplyCommand
{
    public const int UsageError = 2;

    public static Command Create()
    {
        var scripts = new Option<string[]>("--script") { Description = "A DicomEdit script; repeat for a chain (site script first).", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
        var vars = new Option<string[]>("--var") { Description = "A host variable name=value (e.g. project=P1); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Write the results under this folder (relative names kept). Without it: dry run." };
        var lookup = new Option<string?>("--lookup") { Description = "A lookup table (Java properties, keyType/key = value) for the scripts' lookup[keyType, key]." };
        var diff = new Option<bool>("--diff") { Description = "Print, per object, every attribute added, changed or removed with before and after values." };
        var inputs = new Argument<string[]>("INPUT") { Description = "DICOM files or folders (searched recursively).", Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("apply", "Run DicomEdit scripts on DICOM files (a dry run unless --out is given).") { scripts, vars, lookup, output, diff, inputs };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(scripts) ?? [], parseResult.GetValue(vars) ?? [], parseResult.GetValue(output), parseResult.GetValue(diff),
            parseResult.GetValue(inputs) ?? [], parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error,
            showProgress: !Console.IsErrorRedirected, lookupTable: parseResult.GetValue(lookup)));
        return command;
    }

    /// <summary>The command's behaviour, separate from the command-line plumbing so tests can call it.</summary>
    public static int Run(IReadOnlyList<string> scriptPaths, IReadOnlyList<string> variables, string? outDir, bool diff,
        IReadOnlyList<string> inputs, TextWriter output, TextWriter error, bool showProgress = false, CancellationToken cancellationToken = default,
        string? lookupTable = null)
    {
        if (scriptPaths.Count == 0) { error.WriteLine("apply: no script given; usage: anongw apply --script S [--script S2 ...] [--var name=value ...] [--out DIR] [--diff] INPUT..."); return UsageError; }
        if (inputs.Count == 0) { error.WriteLine("apply: no input file or folder given"); return UsageError; }
        var hostVariables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var v in variables)
        {
            int eq = v.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) { error.WriteLine($"apply: --var must be name=value, not '{v}'"); return UsageError; }
            hostVariables[v[..eq]] = v[(eq + 1)..];
        }
        var compiled = new List<CompiledScript>();
        foreach (var path in scriptPaths)
        {
            SourceText source;
            try { source = SourceText.Load(path); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                error.WriteLine($"apply: cannot read {path}: {ex.Message}");
                return UsageError;
            }
            var compilation = ScriptCompiler.Compile(source, hostVariables.Keys.ToHashSet(StringComparer.Ordinal));
            foreach (var d in compilation.Diagnostics.Where(d => d.IsError)) error.WriteLine(d.ToString());
            if (compilation.Script is null) { error.WriteLine($"apply: {path} has errors; nothing was processed"); return UsageError; }
            compiled.Add(compilation.Script);
        }
        var files = new List<(string Full, string Relative)>();
        foreach (var input in inputs)
        {
            if (File.Exists(input)) files.Add((Path.GetFullPath(input), Path.GetFileName(input)));
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .Select(f => (Path.GetFullPath(f), Path.GetRelativePath(input, f))));
            else { error.WriteLine($"apply: {input}: no such file or folder"); return UsageError; }
        }

        var chain = new ScriptChain(compiled);
        Anonymization.LookupTable? table = null;
        if (lookupTable is not null)
        {
            try { table = Anonymization.LookupTable.Load(lookupTable); }
            catch (Anonymization.LookupTableException ex) { error.WriteLine("apply: " + ex.Message); return UsageError; }
        }
        var context = new ScriptContext { Variables = hostVariables, Echo = output, CancellationToken = cancellationToken, Lookup = table };
        int written = 0, rejected = 0, failed = 0;
        bool progress = showProgress && files.Count > 1;
        for (int n = 0; n < files.Count; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (full, relative) = files[n];
            if (progress) error.Write($"\r[{new string('#', (n * 30) / files.Count).PadRight(30)}] {n}/{files.Count}");
            switch (ApplyOne(chain, context, full, relative, outDir, diff, output, error))
            {
                case ScriptOutcome.Written: written++; break;
                case ScriptOutcome.Rejected: rejected++; break;
                default: failed++; break;
            }
        }
        if (progress) error.Write($"\r[{new string('#', 30)}] {files.Count}/{files.Count}\n");
        output.WriteLine($"apply: {files.Count} object(s): {written} written, {rejected} rejected, {failed} failed" + (outDir is null ? " (dry run: nothing written)" : ""));
        return failed > 0 ? 1 : 0;
    }

    // Null means the object failed (the reason is printed).
    private static ScriptOutcome? ApplyOne(ScriptChain chain, ScriptContext context, string full, string relative, string? outDir, bool diff, TextWriter output, TextWriter error)
    {
        DicomFile file;
        try { file = DicomFile.Open(full); }
        catch (Exception ex) when (ex is DicomFormatException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{relative}: error: cannot read the file as DICOM: {ex.Message}");
            return null;
        }
        var dataset = file.Dataset;
        // Scripts see and may edit the file meta group (spec §11).
        if (file.Meta is not null)
            foreach (var e in file.Meta.Elements)
                if (e.Tag.Element != 0x0000) dataset.Set(e.Clone());
        var before = diff ? dataset.Clone() : null;
        ScriptOutcome outcome;
        try
        {
            outcome = chain.Apply(dataset, context);
        }
        catch (MizerException ex)
        {
            error.WriteLine(ex.Format(relative));
            return null;
        }
        if (outcome == ScriptOutcome.Rejected)
        {
            output.WriteLine($"{relative}: rejected by the script");
            return outcome;
        }
        if (before is not null)
        {
            var changes = DatasetDiff.Compare(before, dataset);
            output.WriteLine($"--- {relative}: {changes.Count} change(s)");
            foreach (var c in changes) output.WriteLine("  " + c);
        }
        if (outDir is not null)
        {
            var meta = new DicomDataset();
            foreach (var e in dataset.Elements.Where(e => e.Tag.Group == 0x0002).ToList())
            {
                meta.Set(e);
                dataset.Remove(e.Tag);
            }
            var target = Path.Combine(outDir, relative);
            if (string.Equals(Path.GetFullPath(target), full, StringComparison.Ordinal))
            {
                error.WriteLine($"{relative}: error: --out would overwrite the input file; choose another folder");
                return null;
            }
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
                // The meta group is regenerated from the data set: (0002,0002)/(0002,0003) follow (0008,0016)/(0008,0018).
                DicomFile.Save(target, dataset, file.TransferSyntax, new FileMetaInformation(meta));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DicomEncodingException)
            {
                error.WriteLine($"{relative}: error: cannot write {target}: {ex.Message}");
                return null;
            }
        }
        return outcome;
    }
}
