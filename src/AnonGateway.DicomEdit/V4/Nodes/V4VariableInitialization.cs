using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>name := value</c>: defines a variable (once per script; names ignore letter case).</summary>
public sealed class V4VariableInitialization : V4Statement
{
    /// <summary>Creates the statement.</summary>
    public V4VariableInitialization(TextSpan span, string name, TextSpan nameSpan, V4Expression value) : base(span)
    {
        Name = name;
        NameSpan = nameSpan;
        Value = value;
    }

    /// <summary>The name as written.</summary>
    public string Name { get; }

    /// <summary>Where the name is.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The value, evaluated lazily against the original object.</summary>
    public V4Expression Value { get; }
}
