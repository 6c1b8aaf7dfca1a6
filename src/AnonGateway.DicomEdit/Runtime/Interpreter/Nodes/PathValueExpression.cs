using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A tag path in value position: read as the attribute's value (null when absent, spec §4).</summary>
internal sealed class PathValueExpression(TagPath path, TextSpan span) : PreparedExpression(span)
{
    public TagPath Path { get; } = path;

    public override ScriptValue Evaluate(EvaluationContext context)
    {
        try
        {
            return ScriptValue.FromString(PathResolver.ReadValue(Path, context.Dataset));
        }
        catch (ScriptEvaluationException ex)
        {
            ex.Span ??= Span;
            throw;
        }
    }
}
