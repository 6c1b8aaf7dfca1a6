using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A variable used as a value (names ignore letter case).</summary>
public sealed class V4VariableReference : V4Expression
{
    /// <summary>Creates the reference.</summary>
    public V4VariableReference(TextSpan span, string name) : base(span) => Name = name;

    /// <summary>The name as written.</summary>
    public string Name { get; }
}
