using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>"pattern" t1, t2</c>: the same as <c>format["pattern", t1, t2]</c>.</summary>
public sealed class V4FormatShorthand : V4Expression
{
    /// <summary>Creates the shorthand.</summary>
    public V4FormatShorthand(TextSpan span, V4StringLiteral pattern, IReadOnlyList<V4Expression> arguments) : base(span)
    {
        Pattern = pattern;
        Arguments = arguments;
    }

    /// <summary>The MessageFormat pattern.</summary>
    public V4StringLiteral Pattern { get; }

    /// <summary>The values put into the pattern.</summary>
    public IReadOnlyList<V4Expression> Arguments { get; }
}
