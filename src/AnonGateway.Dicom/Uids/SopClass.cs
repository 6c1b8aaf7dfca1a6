using System.Collections.Frozen;

namespace AnonGateway.Dicom.Uids;

/// <summary>A SOP class of PS3.4/PS3.6: the storage SOP classes of PS3.4 Annex B (current and retired) and Verification.</summary>
/// <param name="Uid">The SOP Class UID.</param>
/// <param name="Name">The name as PS3.6 Annex A gives it.</param>
/// <param name="Iod">The IOD the SOP class stores; empty for a service without one (Verification).</param>
/// <param name="IsStorage">Whether it is a storage SOP class, i.e. one a C-STORE SCP may accept.</param>
/// <remarks>The table comes from <c>Generated/SopClasses.g.cs</c>, which the generator writes from sops.json.</remarks>
public sealed partial record SopClass(string Uid, string Name, string Iod, bool IsStorage)
{
    private static readonly SopClass[] s_all = CreateAll();
    private static readonly FrozenDictionary<string, SopClass> s_byUid = s_all.ToFrozenDictionary(s => s.Uid, StringComparer.Ordinal);

    /// <summary>Every SOP class we know, in UID order.</summary>
    public static IReadOnlyList<SopClass> All => s_all;

    /// <summary>The SOP class with <paramref name="uid"/> (trailing NUL or space padding ignored), or null.</summary>
    public static SopClass? Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return s_byUid.TryGetValue(uid.TrimEnd('\0', ' '), out var sop) ? sop : null;
    }

    /// <summary>Whether <paramref name="uid"/> is a known storage SOP class.</summary>
    public static bool IsStorageSopClass(string uid) => Lookup(uid)?.IsStorage ?? false;

    public override string ToString() => $"{Name} ({Uid})";

    private static partial SopClass[] CreateAll();
}
