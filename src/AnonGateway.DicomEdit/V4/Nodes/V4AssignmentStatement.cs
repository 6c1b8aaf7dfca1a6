using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>(tag) := value</c>, or <c>(pattern) := value</c> for every existing matching attribute.</summary>
public sealed class V4AssignmentStatement : V4Action
{
    /// <summary>Creates the statement.</summary>
    public V4AssignmentStatement(TextSpan span, V4TagTarget target, V4Expression value) : base(span)
    {
        Target = target;
        Value = value;
    }

    /// <summary>What is assigned.</summary>
    public V4TagTarget Target { get; }

    /// <summary>The value.</summary>
    public V4Expression Value { get; }
}
