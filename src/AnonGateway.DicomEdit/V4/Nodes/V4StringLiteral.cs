using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A <c>"string"</c>; <see cref="Value"/> has its escapes translated (spec §12.1).</summary>
public sealed class V4StringLiteral : V4Expression
{
    /// <summary>Creates the literal.</summary>
    public V4StringLiteral(TextSpan span, string value) : base(span) => Value = value;

    /// <summary>The text.</summary>
    public string Value { get; }
}
