using System.Collections.Frozen;

namespace AnonGateway.DicomEdit.V4;

/// <summary>The nine DicomEdit 4 functions (spec §12.5), by their case-sensitive names.</summary>
internal static class V4FunctionCatalog
{
    private static readonly FrozenDictionary<string, V4Function> s_functions = new V4Function[]
    {
        new V4FormatFunction(), new V4LowercaseFunction(), new V4UppercaseFunction(), new V4SubstringFunction(),
        new V4ReplaceFunction(), new V4MatchFunction(), new V4UrlEncodeFunction(), new V4GetUrlFunction(), new V4HashUidFunction(),
    }.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>DicomEdit 6 function names, so that a DE4 script using one gets a clear hint.</summary>
    public static readonly FrozenSet<string> DicomEdit6Only = new[]
    {
        "concatenate", "newUID", "mapUID", "mapReferencedUIDs", "hashUIDList", "lookup", "ismatch", "isPresent",
        "shiftDateByIncrement", "shiftDateTimeByIncrement", "shiftDateTimeListByIncrement", "shiftDateTimeSequenceByIncrement",
        "delete", "set", "removeTags", "retainPrivateTags", "alterPixels", "normalizeString", "collectValues", "blankValues",
        "scalePatientAgeAndDobFromStudyDate", "reject", "true", "false",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every function.</summary>
    public static IEnumerable<V4Function> All => s_functions.Values;

    /// <summary>The function named <paramref name="name"/> (exact case), or null.</summary>
    public static V4Function? Find(string name) => s_functions.GetValueOrDefault(name);

    /// <summary>The format function (used by the <c>"pattern" v1, v2</c> shorthand).</summary>
    public static V4Function Format => s_functions["format"];
}
