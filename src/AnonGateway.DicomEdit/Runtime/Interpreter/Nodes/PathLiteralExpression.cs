using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A tag path as a function argument or list element: passed unresolved (spec §9.0).</summary>
internal sealed class PathLiteralExpression(TagPath path, TextSpan span) : PreparedExpression(span)
{
    private readonly ScriptValue _value = ScriptValue.FromPath(path);

    public override ScriptValue Evaluate(EvaluationContext context) => _value;
}
