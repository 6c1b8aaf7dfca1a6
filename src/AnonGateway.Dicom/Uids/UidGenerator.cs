using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace AnonGateway.Dicom.Uids;

/// <summary>Makes new UIDs: under a root of the site's own choosing, or in the <c>2.25.</c> UUID form (PS3.5 §B.2).</summary>
/// <remarks>Thread-safe; holds no mutable state. Both forms draw 122 random bits (a version-4 UUID) per UID, so
/// two gateways with the same root cannot collide in practice.</remarks>
public sealed class UidGenerator
{
    private readonly string? _root;

    /// <summary>A generator of <c>2.25.&lt;decimal UUID&gt;</c> UIDs.</summary>
    public UidGenerator() { }

    /// <summary>A generator of <c>&lt;root&gt;.&lt;decimal random&gt;</c> UIDs.</summary>
    /// <exception cref="ArgumentException">The root is not a valid UID or leaves too little room below 64 characters.</exception>
    public UidGenerator(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!DicomUid.IsValid(root)) throw new ArgumentException($"'{root}' is not a valid UID root (digits and dots, no leading zeros)", nameof(root));
        // Leave room for a dot and at least 20 digits of randomness (~66 bits).
        if (root.Length > DicomUid.MaxLength - 21) throw new ArgumentException($"the UID root '{root}' is too long: at most {DicomUid.MaxLength - 21} characters leave room for a unique suffix", nameof(root));
        _root = root;
    }

    /// <summary>The root, or null for the 2.25 form.</summary>
    public string? Root => _root;

    /// <summary>A new UID.</summary>
    public string Generate()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        var value = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        if (_root is null) return "2.25." + value.ToString(CultureInfo.InvariantCulture);
        var suffix = value.ToString(CultureInfo.InvariantCulture);
        int room = DicomUid.MaxLength - _root.Length - 1;
        if (suffix.Length > room) suffix = suffix[..room].TrimStart('0');
        if (suffix.Length == 0) suffix = "1";
        return _root + "." + suffix;
    }

    /// <summary>The 2.25 UID of a given UUID (e.g. to derive a stable UID from a name-based UUID).</summary>
    public static string FromUuid(Guid uuid)
    {
        Span<byte> bytes = stackalloc byte[16];
        uuid.TryWriteBytes(bytes, bigEndian: true, out _);
        return "2.25." + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
    }
}
