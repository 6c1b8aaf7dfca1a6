using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace AnonGateway.DicomEdit.Runtime.Uids;

/// <summary>DicomEdit's <c>hashUID</c> (spec §9.7): a deterministic <c>2.25.</c> UID from any text, identical to
/// DicomEdit 4 and 6 output.</summary>
public static class UidHasher
{
    /// <summary>SHA-1 of the UTF-8 bytes, first 16 bytes, version nibble 5 and variant bits 10 (a name-based
    /// UUID without namespace), read as an unsigned big-endian integer, after <c>2.25.</c>.</summary>
    public static string Hash(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        int max = Encoding.UTF8.GetMaxByteCount(value.Length);
        byte[]? rented = max > 512 ? System.Buffers.ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            Span<byte> input = rented ?? stackalloc byte[max];
            int n = Encoding.UTF8.GetBytes(value, input);
            Span<byte> digest = stackalloc byte[SHA1.HashSizeInBytes];
            SHA1.HashData(input[..n], digest);
            var uuid = digest[..16];
            uuid[6] = (byte)((uuid[6] & 0x0F) | 0x50);
            uuid[8] = (byte)((uuid[8] & 0x3F) | 0x80);
            var number = new BigInteger(uuid, isUnsigned: true, isBigEndian: true);
            return "2.25." + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (rented is not null) System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>A random <c>2.25.</c> UID from a version-4 UUID (<c>newUID[]</c>).</summary>
    public static string NewRandom()
    {
        Span<byte> b = stackalloc byte[16];
        RandomNumberGenerator.Fill(b);
        b[6] = (byte)((b[6] & 0x0F) | 0x40);
        b[8] = (byte)((b[8] & 0x3F) | 0x80);
        return "2.25." + new BigInteger(b, isUnsigned: true, isBigEndian: true).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A random UID under <paramref name="root"/>: the root, a dot, and random decimal digits, at most 64 characters.</summary>
    public static string NewUnderRoot(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root = root.TrimEnd('.');
        Span<byte> b = stackalloc byte[16];
        RandomNumberGenerator.Fill(b);
        var digits = new BigInteger(b, isUnsigned: true).ToString(System.Globalization.CultureInfo.InvariantCulture).TrimStart('0');
        if (digits.Length == 0) digits = "1";
        int room = 64 - root.Length - 1;
        if (room < 1) throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument, $"the UID root is too long ({root.Length} characters) to make a UID of at most 64 under it");
        return root + "." + (digits.Length > room ? digits[..room] : digits);
    }
}
