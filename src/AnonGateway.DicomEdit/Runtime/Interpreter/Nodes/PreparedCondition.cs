using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A prepared condition (spec §8).</summary>
internal abstract class PreparedCondition(TextSpan span)
{
    public TextSpan Span { get; } = span;

    public abstract bool Test(EvaluationContext context);
}
