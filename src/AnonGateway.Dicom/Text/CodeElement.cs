namespace AnonGateway.Dicom.Text;

/// <summary>The ISO/IEC 2022 code element a graphic character set is designated to (PS3.5 §6.1.2.4): G0 is invoked
/// in GL (bytes 0x21-0x7E), G1 in GR (bytes 0xA1-0xFE, 0xA0-0xFF for a 96-character set).</summary>
internal enum CodeElement
{
    G0,
    G1,
}
