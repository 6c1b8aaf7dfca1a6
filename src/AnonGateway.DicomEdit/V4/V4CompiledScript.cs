using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit.Runtime.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A compiled DicomEdit 4 script. Immutable and thread-safe: each <see cref="Apply"/> keeps its state to
/// itself; the literal regular expressions are compiled once, here.</summary>
public sealed class V4CompiledScript : CompiledScript
{
    internal V4CompiledScript(V4ScriptSyntax syntax, V4ScriptModel model)
        : base(syntax.Source, DicomEditLanguage.V4, declaredVersion: null, model.ExternalVariables)
    {
        Syntax = syntax;
        Model = model;
        Regexes = new RegexCache(ExecutionLimits.Default.RegexTimeout);
        foreach (var statement in syntax.Statements)
        {
            if (statement is V4ConstrainedStatement c)
                foreach (var condition in c.Conditions)
                    if (condition.Operator == V4ConditionOperator.Matches && condition.Right is V4StringLiteral regex)
                        Regexes.Prepare(regex.Value, whole: true);
        }
    }

    /// <summary>The syntax tree.</summary>
    public V4ScriptSyntax Syntax { get; }

    /// <summary>Variables and host variables.</summary>
    public V4ScriptModel Model { get; }

    internal RegexCache Regexes { get; }

    /// <summary>Runs the script on <paramref name="dataset"/> with the DicomEdit 4 model (spec §12.3): every condition
    /// and value is computed on the original object, then the actions are applied last to first, so that for one
    /// tag the first statement of the script wins. Only top-level attributes are read or changed.</summary>
    /// <exception cref="MizerException">The script failed on this object (the data set may be partly edited).</exception>
    /// <exception cref="OperationCanceledException">The host cancelled the run.</exception>
    public override ScriptOutcome Apply(DicomDataset dataset, ScriptContext context)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(context);
        new V4Interpreter(this, dataset, context).Run();
        return ScriptOutcome.Written;
    }
}
