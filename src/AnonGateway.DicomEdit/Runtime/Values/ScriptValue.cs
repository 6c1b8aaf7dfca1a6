using AnonGateway.DicomEdit.Runtime.Paths;

namespace AnonGateway.DicomEdit.Runtime.Values;

/// <summary>An untyped DicomEdit 6 value (spec §4): null, a string, a boolean, an unresolved tag path or a list.</summary>
/// <remarks>A small immutable struct so that evaluating an expression allocates nothing beyond the strings it makes.</remarks>
public readonly struct ScriptValue
{
    private readonly object? _payload;
    private readonly bool _boolean;

    private ScriptValue(ScriptValueKind kind, object? payload, bool boolean)
    {
        Kind = kind;
        _payload = payload;
        _boolean = boolean;
    }

    /// <summary>The null value.</summary>
    public static ScriptValue Null => default;

    /// <summary>The boolean true.</summary>
    public static ScriptValue True { get; } = new(ScriptValueKind.Boolean, null, true);

    /// <summary>The boolean false.</summary>
    public static ScriptValue False { get; } = new(ScriptValueKind.Boolean, null, false);

    /// <summary>What this value holds.</summary>
    public ScriptValueKind Kind { get; }

    /// <summary>Whether this is the null value.</summary>
    public bool IsNull => Kind == ScriptValueKind.Null;

    /// <summary>A string value; null gives <see cref="Null"/>.</summary>
    public static ScriptValue FromString(string? text) => text is null ? default : new(ScriptValueKind.String, text, false);

    /// <summary>A boolean value.</summary>
    public static ScriptValue FromBoolean(bool value) => value ? True : False;

    /// <summary>An unresolved tag path.</summary>
    public static ScriptValue FromPath(TagPath path) => new(ScriptValueKind.Path, path ?? throw new ArgumentNullException(nameof(path)), false);

    /// <summary>A list.</summary>
    public static ScriptValue FromList(IReadOnlyList<ScriptValue> items) => new(ScriptValueKind.List, items ?? throw new ArgumentNullException(nameof(items)), false);

    /// <summary>The string of a <see cref="ScriptValueKind.String"/> value, else null.</summary>
    public string? AsString => Kind == ScriptValueKind.String ? (string)_payload! : null;

    /// <summary>The boolean of a <see cref="ScriptValueKind.Boolean"/> value.</summary>
    public bool AsBoolean => _boolean;

    /// <summary>The path of a <see cref="ScriptValueKind.Path"/> value, else null.</summary>
    public TagPath? AsPath => Kind == ScriptValueKind.Path ? (TagPath)_payload! : null;

    /// <summary>The items of a <see cref="ScriptValueKind.List"/> value, else null.</summary>
    public IReadOnlyList<ScriptValue>? AsList => Kind == ScriptValueKind.List ? (IReadOnlyList<ScriptValue>)_payload! : null;

    /// <summary>The text form used when a value is printed or written as an attribute value: booleans as
    /// <c>true</c>/<c>false</c>, a path as its source text, a list as <c>[a, b]</c> (like Java's list printing); null for null.</summary>
    public string? ToText() => Kind switch
    {
        ScriptValueKind.String => (string)_payload!,
        ScriptValueKind.Boolean => _boolean ? "true" : "false",
        ScriptValueKind.Path => ((TagPath)_payload!).ValueText,
        ScriptValueKind.List => "[" + string.Join(", ", ((IReadOnlyList<ScriptValue>)_payload!).Select(v => v.ToText() ?? "null")) + "]",
        _ => null,
    };

    /// <summary>A description of the kind, for messages (never the value itself: it may be patient data).</summary>
    public string KindName => Kind switch
    {
        ScriptValueKind.Null => "no value",
        ScriptValueKind.String => "a string",
        ScriptValueKind.Boolean => "a boolean",
        ScriptValueKind.Path => "a tag path",
        _ => "a list",
    };

    public override string ToString() => ToText() ?? "null";
}
