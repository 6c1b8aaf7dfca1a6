namespace AnonGateway.Dicom.Network.Tests;

/// <summary>The raw data set bytes of a Part 10 file, for byte-for-byte comparisons of what was received.</summary>
internal static class Part10DataSet
{
    /// <summary>Everything after the meta group.</summary>
    public static byte[] Bytes(string path)
    {
        var header = Services.Part10Header.TryRead(path) ?? throw new InvalidOperationException(path + " has no Part 10 header");
        var all = File.ReadAllBytes(path);
        return all[(int)header.DataSetOffset..];
    }
}
