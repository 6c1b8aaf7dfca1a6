namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>The form of a <c>describe</c> statement.</summary>
public enum DescribeKind
{
    /// <summary><c>describe name "label"</c>.</summary>
    Label,

    /// <summary><c>describe name hidden</c>.</summary>
    Hidden,

    /// <summary><c>describe name const</c>.</summary>
    Const,

    /// <summary><c>describe name immutable</c>.</summary>
    Immutable,
}
