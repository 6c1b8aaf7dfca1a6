using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>name[arg, …]</c> (at least one argument).</summary>
public sealed class V4FunctionCall : V4Expression
{
    /// <summary>Creates the call.</summary>
    public V4FunctionCall(TextSpan span, string name, TextSpan nameSpan, IReadOnlyList<V4Expression> arguments) : base(span)
    {
        Name = name;
        NameSpan = nameSpan;
        Arguments = arguments;
    }

    /// <summary>The function's name as written.</summary>
    public string Name { get; }

    /// <summary>Where the name is.</summary>
    public TextSpan NameSpan { get; }

    /// <summary>The arguments.</summary>
    public IReadOnlyList<V4Expression> Arguments { get; }
}
