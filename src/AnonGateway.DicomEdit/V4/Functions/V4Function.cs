namespace AnonGateway.DicomEdit.V4;

/// <summary>A DicomEdit 4 built-in function (spec §12.5). Arguments arrive evaluated: a string, or null for an
/// absent attribute. Implementations are stateless and thread-safe.</summary>
internal abstract class V4Function
{
    /// <summary>The name as scripts write it (case-sensitive).</summary>
    public abstract string Name { get; }

    /// <summary>The fewest arguments accepted.</summary>
    public abstract int MinArguments { get; }

    /// <summary>The most arguments accepted.</summary>
    public abstract int MaxArguments { get; }

    /// <summary>How the call is written, for messages, e.g. <c>substring[value, begin, end]</c>.</summary>
    public abstract string Signature { get; }

    /// <summary>0-based positions of arguments that must be integers (checked on literals when compiling).</summary>
    public virtual IReadOnlyList<int> IntegerArguments => [];

    /// <summary>0-based position of an argument that is a regular expression (checked on literals), or -1.</summary>
    public virtual int RegexArgument => -1;

    /// <summary>Computes the result (null: no value).</summary>
    /// <exception cref="V4FunctionException">The arguments do not fit.</exception>
    public abstract string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context);

    /// <summary>The text of an integer argument.</summary>
    protected int IntegerArgument(IReadOnlyList<string?> arguments, int index, string what)
    {
        var text = arguments[index];
        if (text is null || !int.TryParse(text.Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int value))
            throw new V4FunctionException($"the {what} argument of {Name} must be an integer");
        return value;
    }
}
