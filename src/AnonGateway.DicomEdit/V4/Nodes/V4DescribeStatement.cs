using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>describe name "label"</c> or <c>describe name hidden</c>: metadata for upload tools.</summary>
public sealed class V4DescribeStatement : V4Statement
{
    /// <summary>Creates the statement.</summary>
    public V4DescribeStatement(TextSpan span, string name, TextSpan nameSpan, string? label, bool hidden) : base(span)
    {
        Name = name;
        NameSpan = nameSpan;
        Label = label;
        Hidden = hidden;
    }

    /// <summary>The variable described.</summary>
    public string Name { get; }

    /// <summary>Where the name is.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The label, or null for <c>hidden</c>.</summary>
    public string? Label { get; }

    /// <summary>Whether the variable is hidden from users.</summary>
    public bool Hidden { get; }
}
