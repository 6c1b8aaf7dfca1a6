using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>The target of an assignment or deletion: an exact top-level tag or a pattern (<c>X</c>, <c>@</c>, <c>#</c>).</summary>
public sealed class V4TagTarget : V4Node
{
    /// <summary>Creates a target.</summary>
    public V4TagTarget(TextSpan span, TagPattern pattern) : base(span) => Pattern = pattern;

    /// <summary>The digits as mask and value.</summary>
    public TagPattern Pattern { get; }

    /// <summary>Whether some digit is a wildcard.</summary>
    public bool IsPattern => Pattern.HasWildcard;

    public override string ToString() => Pattern.ToString();
}
