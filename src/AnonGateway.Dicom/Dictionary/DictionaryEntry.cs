namespace AnonGateway.Dicom.Dictionary;

/// <summary>One PS3.6 data dictionary row.</summary>
/// <param name="Tag">The tag; for repeating groups such as (60xx,3000) the tag with the x digits set to 0.</param>
/// <param name="Mask">Bits of <see cref="DicomTag.Value"/> that must match: 0xFFFFFFFF for a single tag; fewer for repeating
/// groups, e.g. 0xFFE1FFFF for (60xx,3000), which matches the even groups 6000-601E only (PS3.5 §7.6).</param>
/// <param name="VR">The VR used when none is encoded (implicit VR): the only one, or for "OB or OW" OW and for "US or SS" US
/// (PS3.5 Annex A); see <see cref="AlternativeVRs"/>.</param>
/// <param name="AlternativeVRs">All VRs the standard allows for the element (usually one).</param>
/// <param name="Multiplicity">The value multiplicity.</param>
/// <param name="Keyword">The keyword, e.g. <c>PatientName</c>.</param>
/// <param name="Name">The name, e.g. <c>Patient's Name</c>.</param>
/// <param name="Retired">Whether the standard retired the element.</param>
public sealed record DictionaryEntry(
    DicomTag Tag,
    uint Mask,
    DicomVR VR,
    DicomVR[] AlternativeVRs,
    ValueMultiplicity Multiplicity,
    string Keyword,
    string Name,
    bool Retired);
