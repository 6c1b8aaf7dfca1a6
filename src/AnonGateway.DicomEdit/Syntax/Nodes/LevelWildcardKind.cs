namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>The three level wildcards of a DicomEdit 6 path (spec §5.2).</summary>
public enum LevelWildcardKind
{
    /// <summary><c>*</c>: zero or more sequence levels (includes the top level).</summary>
    ZeroOrMore,

    /// <summary><c>+</c>: one or more levels (not the top level).</summary>
    OneOrMore,

    /// <summary><c>.</c>: exactly one level.</summary>
    ExactlyOne,
}
