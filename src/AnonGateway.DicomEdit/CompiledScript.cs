using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit;

/// <summary>A script compiled once (parsed, checked, prepared) and run on any number of data sets. Immutable and
/// thread-safe: every run keeps its state (variables) to itself.</summary>
public abstract class CompiledScript
{
    /// <summary>For the two language implementations.</summary>
    protected CompiledScript(SourceText source, DicomEditLanguage language, string? declaredVersion, IReadOnlySet<string> externalVariables)
    {
        Source = source ?? throw new ArgumentNullException(nameof(source));
        Language = language;
        DeclaredVersion = declaredVersion;
        ExternalVariables = externalVariables ?? throw new ArgumentNullException(nameof(externalVariables));
    }

    /// <summary>The script text.</summary>
    public SourceText Source { get; }

    /// <summary>DicomEdit 4 or 6.</summary>
    public DicomEditLanguage Language { get; }

    /// <summary>The declared version, e.g. <c>6.6</c>; null for DicomEdit 4.</summary>
    public string? DeclaredVersion { get; }

    /// <summary>Host variables the script reads without setting them first (spec §2.6, §7).</summary>
    public IReadOnlySet<string> ExternalVariables { get; }

    /// <summary>Runs the script on <paramref name="dataset"/>, editing it in place.</summary>
    /// <returns>Whether the object is to be written or was rejected.</returns>
    /// <exception cref="MizerException">The script failed on this object; the data set is partly edited and must be discarded.</exception>
    public abstract ScriptOutcome Apply(DicomDataset dataset, ScriptContext context);
}
