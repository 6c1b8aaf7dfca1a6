using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>Stands where a value should be but is not (already reported); never evaluated.</summary>
public sealed class V4MissingExpression : V4Expression
{
    /// <summary>Creates the placeholder at an empty span.</summary>
    public V4MissingExpression(TextSpan span) : base(span) { }
}
