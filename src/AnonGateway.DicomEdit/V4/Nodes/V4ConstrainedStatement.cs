using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>c1 : c2 : action</c>: the action happens when every condition holds on the original object.</summary>
public sealed class V4ConstrainedStatement : V4Statement
{
    /// <summary>Creates the statement.</summary>
    public V4ConstrainedStatement(TextSpan span, IReadOnlyList<V4Condition> conditions, V4Action action) : base(span)
    {
        Conditions = conditions;
        Action = action;
    }

    /// <summary>The conditions, all of which must hold (at least one).</summary>
    public IReadOnlyList<V4Condition> Conditions { get; }

    /// <summary>The action.</summary>
    public V4Action Action { get; }
}
