using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>export name "field"</c>: metadata naming where a variable's value is exported.</summary>
public sealed class V4ExportStatement : V4Statement
{
    /// <summary>Creates the statement.</summary>
    public V4ExportStatement(TextSpan span, string name, TextSpan nameSpan, string field) : base(span)
    {
        Name = name;
        NameSpan = nameSpan;
        Field = field;
    }

    /// <summary>The variable exported.</summary>
    public string Name { get; }

    /// <summary>Where the name is.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The export field.</summary>
    public string Field { get; }
}
