using AnonGateway.Dicom.Data;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>One place a path matched: an element in a data set, or (for a path ending in <c>(seq)[n]</c>) an item.</summary>
/// <param name="Container">The data set (top level or item) holding <paramref name="Element"/>.</param>
/// <param name="Element">The matched element (for an item match: the sequence).</param>
/// <param name="Item">For a path ending in an item number: the matched item; otherwise null.</param>
internal readonly record struct PathMatch(DicomDataset Container, DicomElement Element, DicomDataset? Item);
