using System.Collections.Frozen;

namespace AnonGateway.Dicom.TransferSyntaxes;

/// <summary>A transfer syntax (PS3.5 §10, PS3.6 Table A-1): how a data set is encoded.</summary>
/// <remarks>The known syntaxes come from <c>Generated/KnownTransferSyntaxes.g.cs</c>. A UID we do not know
/// (HTJ2K before we knew it, a vendor's private syntax) is treated as explicit VR little endian with
/// encapsulated pixel data, which is what every non-native syntax of the standard is, so its fragments
/// pass through untouched.</remarks>
public sealed partial record TransferSyntax(
    string Uid,
    string Name,
    bool IsExplicitVR,
    bool IsBigEndian,
    bool IsDeflated,
    bool IsEncapsulated,
    bool IsRetired,
    bool IsKnown)
{
    private static readonly FrozenDictionary<string, TransferSyntax> s_known =
        CreateKnown().ToFrozenDictionary(t => t.Uid, StringComparer.Ordinal);

    /// <summary>Implicit VR Little Endian (1.2.840.10008.1.2), the default of DICOM and of every command set.</summary>
    public static TransferSyntax ImplicitVRLittleEndian { get; } = s_known["1.2.840.10008.1.2"];

    /// <summary>Explicit VR Little Endian (1.2.840.10008.1.2.1).</summary>
    public static TransferSyntax ExplicitVRLittleEndian { get; } = s_known["1.2.840.10008.1.2.1"];

    /// <summary>Explicit VR Big Endian (1.2.840.10008.1.2.2, retired but still sent by old modalities).</summary>
    public static TransferSyntax ExplicitVRBigEndian { get; } = s_known["1.2.840.10008.1.2.2"];

    /// <summary>Deflated Explicit VR Little Endian (1.2.840.10008.1.2.1.99).</summary>
    public static TransferSyntax DeflatedExplicitVRLittleEndian { get; } = s_known["1.2.840.10008.1.2.1.99"];

    /// <summary>All transfer syntaxes of PS3.6 Table A-1 that we know.</summary>
    public static IEnumerable<TransferSyntax> Known => s_known.Values;

    /// <summary>Native (not encapsulated, not deflated) syntaxes: the ones we can re-encode an object into.</summary>
    public bool IsUncompressed => !IsEncapsulated && !IsDeflated;

    /// <summary>The known syntax with <paramref name="uid"/>, or an unknown one treated as encapsulated explicit VR little endian.</summary>
    public static TransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.TrimEnd('\0', ' ');
        return s_known.TryGetValue(trimmed, out var ts) ? ts
            : new TransferSyntax(trimmed, "Unknown transfer syntax " + trimmed, IsExplicitVR: true, IsBigEndian: false, IsDeflated: false, IsEncapsulated: true, IsRetired: false, IsKnown: false);
    }

    /// <summary>The known syntax with <paramref name="uid"/>, or null.</summary>
    public static TransferSyntax? TryGetKnown(string uid) =>
        s_known.TryGetValue(uid.TrimEnd('\0', ' '), out var ts) ? ts : null;

    public override string ToString() => $"{Name} ({Uid})";

    private static partial IEnumerable<TransferSyntax> CreateKnown();
}
