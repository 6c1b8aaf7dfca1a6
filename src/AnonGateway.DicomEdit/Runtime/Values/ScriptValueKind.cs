namespace AnonGateway.DicomEdit.Runtime.Values;

/// <summary>What a <see cref="ScriptValue"/> holds (spec §4).</summary>
public enum ScriptValueKind
{
    /// <summary>No value: an absent attribute, a failed match.</summary>
    Null,
    /// <summary>A string (numbers are strings of their source text).</summary>
    String,
    /// <summary>A condition result or <c>true[]</c>/<c>false[]</c>.</summary>
    Boolean,
    /// <summary>An unresolved tag path (a function argument or a list element).</summary>
    Path,
    /// <summary>A list <c>{…}</c> or the result of <c>collectValues</c>.</summary>
    List,
}
