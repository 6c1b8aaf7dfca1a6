using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>(tag) := new UID</c> (optionally with arguments): a generated value (spec §12.5).</summary>
public sealed class V4GeneratorStatement : V4Action
{
    /// <summary>Creates the statement.</summary>
    public V4GeneratorStatement(TextSpan span, V4TagTarget target, string generator, TextSpan generatorSpan, IReadOnlyList<V4Expression> arguments)
        : base(span)
    {
        Target = target;
        Generator = generator;
        GeneratorSpan = generatorSpan;
        Arguments = arguments;
    }

    /// <summary>What is assigned (an exact tag).</summary>
    public V4TagTarget Target { get; }

    /// <summary>The generator's name as written (only <c>UID</c> exists).</summary>
    public string Generator { get; }

    /// <summary>Where the generator's name is.</summary>
    public TextSpan GeneratorSpan { get; }

    /// <summary>Arguments in brackets after the name (ignored by the UID generator).</summary>
    public IReadOnlyList<V4Expression> Arguments { get; }
}
