using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A DicomEdit 4 value: a literal, a tag's value, a variable, a function call or a format shorthand.</summary>
public abstract class V4Expression : V4Node
{
    private protected V4Expression(TextSpan span) : base(span) { }
}
