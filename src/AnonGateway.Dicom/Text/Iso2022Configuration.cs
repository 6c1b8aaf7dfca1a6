namespace AnonGateway.Dicom.Text;

/// <summary>The ISO/IEC 2022 code structure a Specific Character Set sets up (PS3.5 §6.1.2.5): the sets designated
/// to G0 and G1 at the start of each value (and again after each delimiter), and the sets the other values allow.</summary>
/// <param name="InitialG0">G0 at the start: value 1's G0, or ASCII when value 1 is empty or a multi-byte set.</param>
/// <param name="InitialG1">G1 at the start: value 1's G1, if it has one.</param>
/// <param name="Sets">Every set that the values name, in value order (encoding picks the first that has a character).</param>
/// <param name="CodeExtensions">Whether escape sequences are honoured (an "ISO 2022" term, or several values).</param>
internal sealed record Iso2022Configuration(
    GraphicCharacterSet InitialG0,
    GraphicCharacterSet? InitialG1,
    IReadOnlyList<GraphicCharacterSet> Sets,
    bool CodeExtensions)
{
    /// <summary>The set GR bytes are read with when no G1 set is designated: the first G1 set the values name. Some
    /// writers put KS X 1001 or GB 2312 bytes after a delimiter without designating the set again.</summary>
    public GraphicCharacterSet? FallbackG1 { get; } = InitialG1 ?? Sets.FirstOrDefault(s => s.Element == CodeElement.G1);
}
