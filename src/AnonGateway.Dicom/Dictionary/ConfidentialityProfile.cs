namespace AnonGateway.Dicom.Dictionary;

/// <summary>One row of the Basic Application Level Confidentiality Profile, PS3.15 Table E.1-1: what de-identification
/// does to an attribute under the basic profile and under each option.</summary>
/// <param name="TagPattern">The tag as the standard prints it, e.g. <c>(0010,0010)</c>, <c>(60XX,3000)</c> or
/// <c>(GGGG,EEEE) WHERE GGGG IS ODD</c>.</param>
/// <param name="Tag">The tag with repeating digits zero.</param>
/// <param name="Mask">Bits of the tag that must match (0xFFFFFFFF for a single tag; see <see cref="Matches"/>).</param>
/// <param name="Name">The attribute name.</param>
/// <param name="InStandardCompositeIod">Column "in Std. Comp. IOD".</param>
/// <param name="BasicProfile">The basic profile action code: D, Z, X, K, C, U or a combination such as <c>X/Z/D</c>.</param>
/// <param name="RetainSafePrivate">Retain Safe Private Option action, or null when the option does not change the row.</param>
/// <param name="RetainUids">Retain UIDs Option.</param>
/// <param name="RetainDeviceIdentity">Retain Device Identity Option.</param>
/// <param name="RetainInstitutionIdentity">Retain Institution Identity Option.</param>
/// <param name="RetainPatientCharacteristics">Retain Patient Characteristics Option.</param>
/// <param name="RetainLongitudinalFullDates">Retain Longitudinal Temporal Information with Full Dates Option.</param>
/// <param name="RetainLongitudinalModifiedDates">Retain Longitudinal Temporal Information with Modified Dates Option.</param>
/// <param name="CleanDescriptors">Clean Descriptors Option.</param>
/// <param name="CleanStructuredContent">Clean Structured Content Option.</param>
/// <param name="CleanGraphics">Clean Graphics Option.</param>
/// <remarks>The rows come from <c>Generated/ConfidentialityProfile.g.cs</c>, which the generator writes from the standard.</remarks>
public sealed partial record ConfidentialityProfile(
    string TagPattern,
    DicomTag Tag,
    uint Mask,
    string Name,
    bool InStandardCompositeIod,
    string BasicProfile,
    string? RetainSafePrivate,
    string? RetainUids,
    string? RetainDeviceIdentity,
    string? RetainInstitutionIdentity,
    string? RetainPatientCharacteristics,
    string? RetainLongitudinalFullDates,
    string? RetainLongitudinalModifiedDates,
    string? CleanDescriptors,
    string? CleanStructuredContent,
    string? CleanGraphics)
{
    private const uint OddGroupMask = 0x00010000;

    private static readonly ConfidentialityProfile[] s_rows = CreateRows();
    private static readonly Dictionary<uint, ConfidentialityProfile> s_exact =
        s_rows.Where(r => r.Mask == 0xFFFFFFFF).ToDictionary(r => r.Tag.Value);
    private static readonly ConfidentialityProfile[] s_patterns = [.. s_rows.Where(r => r.Mask != 0xFFFFFFFF && !r.IsPrivateAttributes)];
    private static readonly ConfidentialityProfile? s_private = s_rows.FirstOrDefault(r => r.IsPrivateAttributes);

    /// <summary>All rows of Table E.1-1, in tag order.</summary>
    public static IReadOnlyList<ConfidentialityProfile> Rows => s_rows;

    /// <summary>The row for all private attributes, (gggg,eeee) with gggg odd.</summary>
    public bool IsPrivateAttributes => Mask == OddGroupMask && Tag.Value == OddGroupMask;

    /// <summary>Whether the row applies to <paramref name="tag"/>. The private-attributes row applies to private tags
    /// only (odd groups other than 0001-0007 and FFFF).</summary>
    public bool Matches(DicomTag tag) => IsPrivateAttributes ? tag.IsPrivate : (tag.Value & Mask) == Tag.Value;

    /// <summary>The row for <paramref name="tag"/>: its own row, else a repeating-group row such as (60XX,3000),
    /// else the private-attributes row for a private tag; null when the profile does not list the attribute.</summary>
    public static ConfidentialityProfile? Lookup(DicomTag tag)
    {
        if (s_exact.TryGetValue(tag.Value, out var row)) return row;
        foreach (var pattern in s_patterns)
            if (pattern.Matches(tag)) return pattern;
        return tag.IsPrivate ? s_private : null;
    }

    private static partial ConfidentialityProfile[] CreateRows();
}
