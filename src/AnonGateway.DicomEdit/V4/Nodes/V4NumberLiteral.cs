using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>An integer literal; as a value it is its digits.</summary>
public sealed class V4NumberLiteral : V4Expression
{
    /// <summary>Creates the literal.</summary>
    public V4NumberLiteral(TextSpan span, string text) : base(span) => Text = text;

    /// <summary>The digits as written (with a leading minus sign when negative).</summary>
    public string Text { get; }
}
