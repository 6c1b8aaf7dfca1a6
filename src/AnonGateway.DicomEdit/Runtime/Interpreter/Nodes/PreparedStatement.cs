using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary>A statement of a compiled script, prepared once and executed per object. Immutable.</summary>
internal abstract class PreparedStatement(TextSpan span)
{
    /// <summary>Where the statement is (its text goes into a <see cref="MizerException"/>).</summary>
    public TextSpan Span { get; } = span;

    public abstract void Execute(EvaluationContext context);

    /// <summary>The text a value is written as; null means "nothing to write" (spec §6.1.2).</summary>
    protected static string? WritableText(ScriptValue value, EvaluationContext context) => Functions.Arguments.Text(value, context);
}
