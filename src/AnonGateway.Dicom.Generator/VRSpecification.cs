namespace AnonGateway.Dicom.Generator;

/// <summary>The VR column of a PS3.6 row: the VR a reader assumes for implicit VR encodings and all the VRs the standard allows.</summary>
/// <param name="Default">Two letters, or empty when the element has no VR (items and delimiters).</param>
/// <param name="Alternatives">The VRs as the standard lists them; empty when it lists none.</param>
/// <remarks>
/// Ambiguous rows choose the VR that PS3.5 prescribes, or that readers use, under Implicit VR Little Endian:
/// "OB or OW" → OW (PS3.5 §A.1: Pixel, Overlay, Curve and Audio data are OW in implicit VR);
/// "US or SS" → US, "US or OW" → US, "US or SS or OW" → US (the value is resolved by Pixel Representation
/// or the LUT descriptor; US is the unsigned reading that never fails). DCMTK keeps pseudo-VRs for these
/// ("ox", "xs", "lt", "px") and resolves them per data set.
/// "See Note 2" (Item, Item Delimitation Item, Sequence Delimitation Item) → no VR.
/// An empty column (three retired rows without name or keyword) → UN with no alternatives.
/// </remarks>
public sealed record VRSpecification(string Default, IReadOnlyList<string> Alternatives)
{
    private static readonly HashSet<string> s_codes = new(StringComparer.Ordinal)
    {
        "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV", "OW",
        "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV",
    };

    /// <summary>Interprets the VR column text.</summary>
    public static VRSpecification Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();
        if (s.Length == 0) return new VRSpecification("UN", []);
        if (s.StartsWith("See Note", StringComparison.Ordinal)) return new VRSpecification("", []);
        var alternatives = s.Split(" or ", StringSplitOptions.TrimEntries);
        foreach (var vr in alternatives)
            if (!s_codes.Contains(vr)) throw new FormatException($"VR column '{text}' holds '{vr}', which is not one of the 34 VRs");
        string chosen = alternatives.Length == 1 ? alternatives[0]
            : alternatives.Contains("US") ? "US"
            : alternatives.Contains("OW") ? "OW"
            : alternatives[0];
        return new VRSpecification(chosen, alternatives);
    }
}
