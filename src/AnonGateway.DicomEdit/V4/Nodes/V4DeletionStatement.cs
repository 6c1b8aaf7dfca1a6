using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>-(tag)</c> or <c>-(pattern)</c>: removes top-level attributes (a sequence with all its items).</summary>
public sealed class V4DeletionStatement : V4Action
{
    /// <summary>Creates the statement.</summary>
    public V4DeletionStatement(TextSpan span, V4TagTarget target) : base(span) => Target = target;

    /// <summary>What is deleted.</summary>
    public V4TagTarget Target { get; }
}
