using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit;

/// <summary>A DicomEdit script failed on one object (the object must not be forwarded). Named after XNAT's
/// exception so that operators searching logs for it find ours too.</summary>
/// <remarks>Carries the script, the statement's span, line and column and the statement's text; the message is in
/// the script writer's terms and <b>never contains an attribute value</b> (it may be patient data).</remarks>
public sealed class MizerException : Exception
{
    /// <summary>Creates the exception for the statement at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public MizerException(SourceText source, TextSpan span, string code, string reason, Exception? inner = null)
        : this(source, span, span, code, reason, inner) { }

    /// <summary>Creates the exception for a failure at <paramref name="span"/> (e.g. one function call) inside the
    /// statement at <paramref name="statementSpan"/>.</summary>
    public MizerException(SourceText source, TextSpan span, TextSpan statementSpan, string code, string reason, Exception? inner = null)
        : base(Describe(source, span, reason), inner)
    {
        ArgumentNullException.ThrowIfNull(source);
        Source = source;
        Span = span;
        Position = source.GetLinePosition(span.Start);
        StatementText = source.GetText(statementSpan);
        Code = code;
        Reason = reason;
    }

    /// <summary>The script that failed (hides <see cref="Exception.Source"/>, which names an assembly).</summary>
    public new SourceText Source { get; }

    /// <summary>Where the failure is: the failing function call or path, else the statement.</summary>
    public TextSpan Span { get; }

    /// <summary>0-based line and column of <see cref="Span"/> (printed 1-based).</summary>
    public LinePosition Position { get; }

    /// <summary>The script text of the failing statement (script text, not data).</summary>
    public string StatementText { get; }

    /// <summary>A <see cref="RuntimeErrorCodes"/> code.</summary>
    public string Code { get; }

    /// <summary>The message without the location.</summary>
    public string Reason { get; }

    /// <summary><c>SCRIPT:LINE:COL: error: reason (object NAME)</c>, the form <c>anongw apply</c> prints.</summary>
    public string Format(string objectName) => $"{Message} (object {objectName})";

    private static string Describe(SourceText source, TextSpan span, string reason) =>
        $"{source.FilePath}:{source.GetLinePosition(span.Start)}: error: {reason}";
}
