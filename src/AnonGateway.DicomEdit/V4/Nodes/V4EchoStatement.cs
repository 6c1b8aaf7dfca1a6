using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>echo value</c> or a bare <c>echo</c>: prints the value, without a line break.</summary>
public sealed class V4EchoStatement : V4Action
{
    /// <summary>Creates the statement.</summary>
    public V4EchoStatement(TextSpan span, V4Expression? value) : base(span) => Value = value;

    /// <summary>The value, or null for a bare echo.</summary>
    public V4Expression? Value { get; }
}
