using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A variable's value; using a variable nothing bound is an error (upstream crashes).</summary>
internal sealed class VariableExpression(string name, TextSpan span) : PreparedExpression(span)
{
    public string Name { get; } = name;

    public override ScriptValue Evaluate(EvaluationContext context)
    {
        if (context.Variables.TryGetValue(Name, out var value)) return value;
        var hint = Name is "true" or "false" ? $" (to pass a boolean write {Name}[])" : " (set it earlier in the script or have the host supply it)";
        throw new ScriptEvaluationException(RuntimeErrorCodes.UnboundVariable,
            $"the variable '{Name}' has no value: neither the script nor the host set it before this use{hint}") { Span = Span };
    }
}
