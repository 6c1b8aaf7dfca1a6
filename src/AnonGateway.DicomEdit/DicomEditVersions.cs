using System.Collections.Frozen;

namespace AnonGateway.DicomEdit;

/// <summary>The version strings XNAT's engines accept (spec §1.3): the DicomEdit 6 engine takes 6.0–6.7, the
/// DicomEdit 4 engine 4.x.</summary>
public static class DicomEditVersions
{
    /// <summary>The DicomEdit 6 versions, oldest first.</summary>
    public static IReadOnlyList<string> V6 { get; } = ["6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"];

    private static readonly FrozenSet<string> s_v6 = V6.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The newest DicomEdit 6 version.</summary>
    public static string Latest => V6[^1];

    /// <summary>Whether the DicomEdit 6 engine accepts <paramref name="version"/>.</summary>
    public static bool IsV6(string? version) => version is not null && s_v6.Contains(version);

    /// <summary>Whether the DicomEdit 4 engine accepts <paramref name="version"/> (<c>4</c> or <c>4.x</c>).</summary>
    public static bool IsV4(string? version) =>
        version is not null && (version == "4" || (version.StartsWith("4.", StringComparison.Ordinal) && version.Length > 2));

    /// <summary>Orders two DicomEdit 6 versions (both must be <see cref="IsV6"/>): negative when a is older.</summary>
    public static int Compare(string a, string b) => Order(a).CompareTo(Order(b));

    private static int Order(string version)
    {
        for (int i = 0; i < V6.Count; i++) if (V6[i] == version) return i;
        return -1;
    }
}
