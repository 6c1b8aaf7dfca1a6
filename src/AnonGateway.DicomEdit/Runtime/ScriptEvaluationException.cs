namespace AnonGateway.DicomEdit.Runtime;

/// <summary>An error raised while a statement is evaluated, before the interpreter knows which statement it was;
/// the interpreter turns it into a <see cref="MizerException"/> with the statement's location.</summary>
/// <remarks>The message is in the user's terms and never contains an attribute value.</remarks>
internal sealed class ScriptEvaluationException : Exception
{
    public ScriptEvaluationException(string code, string message) : base(message) => Code = code;

    public ScriptEvaluationException(string code, string message, Exception inner) : base(message, inner) => Code = code;

    /// <summary>A <see cref="RuntimeErrorCodes"/> code.</summary>
    public string Code { get; }

    /// <summary>The innermost script part known to have failed (set by the first prepared node that sees the error).</summary>
    public AnonGateway.DicomEdit.Text.TextSpan? Span { get; set; }

    /// <summary>The innermost statement that failed (set by the statement list that ran it).</summary>
    public AnonGateway.DicomEdit.Text.TextSpan? StatementSpan { get; set; }
}
