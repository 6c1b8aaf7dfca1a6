using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>{ a, b, … }</c>: a list whose paths stay unresolved (spec §4).</summary>
internal sealed class ListExpression(PreparedExpression[] elements, TextSpan span) : PreparedExpression(span)
{
    public override ScriptValue Evaluate(EvaluationContext context)
    {
        var values = new ScriptValue[elements.Length];
        for (int i = 0; i < values.Length; i++) values[i] = elements[i].Evaluate(context);
        return ScriptValue.FromList(values);
    }
}
