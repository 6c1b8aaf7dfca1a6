using AnonGateway.Dicom.Data;
using AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Syntax.Nodes;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter;

/// <summary>A DicomEdit 6 script prepared for running: a tree of immutable prepared nodes, shared by all threads;
/// each run gets fresh variables (spec §14.6) bound from the host.</summary>
internal sealed class V6CompiledScript : CompiledScript
{
    private readonly PreparedStatement[] _statements;
    private readonly RegexCache _regexes;

    private V6CompiledScript(SourceText source, string? version, IReadOnlySet<string> externals, PreparedStatement[] statements, RegexCache regexes)
        : base(source, DicomEditLanguage.V6, version, externals)
    {
        _statements = statements;
        _regexes = regexes;
    }

    /// <summary>Prepares a parsed and checked script (the tree must have no errors).</summary>
    public static V6CompiledScript Create(SourceText source, ScriptSyntax root, ExecutionLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(root);
        var regexes = new RegexCache((limits ?? ExecutionLimits.Default).RegexTimeout);
        var statements = new ScriptPreparer(regexes).Statements(root.Statements);
        var version = root.DescendantNodes().OfType<VersionStatementSyntax>().FirstOrDefault()?.Version.Value;
        return new V6CompiledScript(source, version, Semantics.VariableDiscovery.Discover(root).External, statements, regexes);
    }

    public override ScriptOutcome Apply(DicomDataset dataset, ScriptContext context)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(context);
        var variables = new Dictionary<string, ScriptValue>(context.Variables.Count, StringComparer.Ordinal);
        foreach (var (name, value) in context.Variables)
            if (value is not null) variables[name] = ScriptValue.FromString(value);
        var run = new EvaluationContext(dataset, context, _regexes, variables);
        try
        {
            StatementList.Run(_statements, run);
            return ScriptOutcome.Written;
        }
        catch (ScriptRejectedSignal)
        {
            return ScriptOutcome.Rejected;
        }
        catch (ScriptEvaluationException ex)
        {
            var statement = ex.StatementSpan ?? new TextSpan(0, 0);
            throw new MizerException(Source, ex.Span ?? statement, statement, ex.Code, ex.Message, ex);
        }
    }
}
