using AnonGateway.DicomEdit;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.Anonymization;

/// <summary>One configured script file and its current compiled version. A reload swaps the version atomically;
/// a changed file with errors is refused and the previous version stays in use.</summary>
public sealed class ScriptFile
{
    private volatile CompiledScript _current;
    private readonly FileStamp _stamp;

    private ScriptFile(string path, CompiledScript script)
    {
        Path = path;
        _current = script;
        _stamp = new FileStamp(path);
    }

    /// <summary>The file as configured.</summary>
    public string Path { get; }

    /// <summary>The compiled version in use.</summary>
    public CompiledScript Current => _current;

    /// <summary>Compiles <paramref name="path"/>; throws <see cref="ScriptLoadException"/> with the diagnostics when it has errors.</summary>
    public static ScriptFile Load(string path)
    {
        var (script, report) = Compile(path);
        return script is null ? throw new ScriptLoadException(report) : new ScriptFile(path, script);
    }

    /// <summary>Recompiles the file if it changed. Returns null when nothing changed or the new version was taken, else the
    /// diagnostics that made us keep the old version.</summary>
    public string? ReloadIfChanged(out bool reloaded)
    {
        reloaded = false;
        if (!_stamp.Changed(out var error)) return error;
        var (script, report) = Compile(Path);
        if (script is null) return report;
        _current = script;
        reloaded = true;
        return null;
    }

    private static (CompiledScript? Script, string Report) Compile(string path)
    {
        SourceText source;
        try { source = SourceText.Load(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read the script: {ex.Message}");
        }
        var compilation = ScriptCompiler.Compile(source);
        var report = DiagnosticFormatter.FormatText(compilation.Diagnostics);
        return compilation.HasErrors || compilation.Script is null ? (null, report.Length > 0 ? report : $"{path}: the script could not be compiled") : (compilation.Script, report);
    }
}
