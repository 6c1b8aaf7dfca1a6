using AnonGateway.Dicom.IO;

namespace AnonGateway.Dicom.Network.Tests;

/// <summary>The raw data set bytes of a Part 10 file, for byte-for-byte comparisons of what was received.</summary>
internal static class Part10DataSet
{
    /// <summary>Everything after the meta group.</summary>
    public static byte[] Bytes(string path)
    {
        var header = DicomFile.Open(path, new DicomReadOptions { ReadDataset = false });
        if (!header.HadPreamble || header.DataSetOffset is not { } offset) throw new InvalidOperationException(path + " has no Part 10 header");
        return File.ReadAllBytes(path)[(int)offset..];
    }
}
