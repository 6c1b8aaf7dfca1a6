using System.Collections.Frozen;

namespace AnonGateway.DicomEdit.Semantics;

/// <summary>The built-in DicomEdit 6 functions with their argument counts and the version that introduced them
/// (spec §9.1). The single table the checker uses; the runtime may read it too. Names are case-sensitive and there
/// are no aliases: a script that passes here must also load in XNAT.</summary>
public static class FunctionCatalog
{
    /// <summary>Every built-in function, in the order of spec §9.1.</summary>
    public static IReadOnlyList<FunctionSignature> All { get; } =
    [
        new("concatenate", 0, null, "6.0", "concatenate[value, value, …]"),
        new("format", 1, null, "6.0", "format[\"{0}-{1}\", value, value, …]"),
        new("lowercase", 1, 1, "6.0", "lowercase[value]"),
        new("uppercase", 1, 1, "6.0", "uppercase[value]"),
        new("substring", 3, 3, "6.0", "substring[value, begin, end]"),
        new("replace", 3, 3, "6.0", "replace[value, find, replacement]"),
        new("hashUID", 1, null, "6.0", "hashUID[value]"),
        new("newUID", 0, null, "6.0", "newUID[]"),
        new("mapUID", 2, 2, "6.2", "mapUID[value, prefix]"),
        new("mapReferencedUIDs", 2, null, "6.2", "mapReferencedUIDs[prefix, path, path, …]"),
        new("hashUIDList", 0, null, "6.6", "hashUIDList[path, path, …]"),
        new("getURL", 1, 1, "6.0", "getURL[url]"),
        new("lookup", 2, 2, "6.0", "lookup[keyType, key]"),
        new("match", 3, 3, "6.3", "match[value, regex, group]"),
        new("ismatch", 2, 2, "6.3", "ismatch[value, regex]"),
        new("isPresent", 1, null, "6.7", "isPresent[path, …]"),
        new("shiftDateByIncrement", 2, 3, "6.2", "shiftDateByIncrement[date, increment, \"days\"]"),
        new("shiftDateTimeByIncrement", 2, 3, "6.3", "shiftDateTimeByIncrement[datetime, increment, \"seconds\"]"),
        new("shiftDateTimeListByIncrement", 3, 3, "6.6", "shiftDateTimeListByIncrement[{paths}, increment, units]"),
        new("shiftDateTimeSequenceByIncrement", 2, null, "6.2", "shiftDateTimeSequenceByIncrement[seconds, \"path\", …]"),
        new("delete", 1, null, "6.3", "delete[\"(gggg,eeee)\"]"),
        new("set", 2, 2, "6.3", "set[\"(gggg,eeee)\", value]"),
        new("removeTags", 0, null, "6.6", "removeTags[path, path, …]"),
        new("retainPrivateTags", 0, null, "6.3", "retainPrivateTags[privatePath, …]"),
        new("alterPixels", 4, 4, "6.3", "alterPixels[\"rectangle\", \"l=0, t=0, r=100, b=50\", \"solid\", \"v=0\"]"),
        new("normalizeString", 1, 2, "6.6", "normalizeString[value, replacement]"),
        new("collectValues", 0, null, "6.6", "collectValues[path, value, …]"),
        new("blankValues", 0, null, "6.6", "blankValues[path, value, …]"),
        new("scalePatientAgeAndDobFromStudyDate", 0, 0, "6.6", "scalePatientAgeAndDobFromStudyDate[]"),
        new("reject", 0, 1, "6.6", "reject[] or reject[condition]"),
        new("true", 0, 0, "6.7", "true[]"),
        new("false", 0, 0, "6.7", "false[]"),
    ];

    private static readonly FrozenDictionary<string, FunctionSignature> s_byName =
        All.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Functions that exist only in DicomEdit 4 (calling them in DicomEdit 6 fails).</summary>
    public static IReadOnlySet<string> DicomEdit4Only { get; } = FrozenSet.Create(StringComparer.Ordinal, "urlEncode");

    /// <summary>Looks up a function by its exact name.</summary>
    public static bool TryGet(string name, out FunctionSignature signature)
    {
        if (s_byName.TryGetValue(name, out var found)) { signature = found; return true; }
        signature = null!;
        return false;
    }

    /// <summary>The known function nearest to <paramref name="name"/> (same name in another letter case first, then
    /// the smallest edit distance within a third of the name's length), or null.</summary>
    public static FunctionSignature? Nearest(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var f in All)
            if (string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)) return f;
        if (name.Length >= 3)
            foreach (var f in All)
                if (f.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(f.Name, StringComparison.OrdinalIgnoreCase))
                    return f;
        FunctionSignature? best = null;
        int bestDistance = int.MaxValue;
        foreach (var f in All)
        {
            int d = Text.EditDistance.Between(name.ToUpperInvariant(), f.Name.ToUpperInvariant());
            if (d < bestDistance) { bestDistance = d; best = f; }
        }
        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

}
