namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>The kind of one component of a tag path (spec §5.2).</summary>
public enum PathStepKind
{
    /// <summary>A tag (or pattern), optionally with an item selector when a sequence.</summary>
    Element,
    /// <summary><c>*</c>: zero or more sequence levels.</summary>
    AnyLevels,
    /// <summary><c>+</c>: one or more sequence levels.</summary>
    OneOrMoreLevels,
    /// <summary><c>.</c>: exactly one sequence level.</summary>
    OneLevel,
}
