using System.Runtime.InteropServices;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary><see cref="DicomReadOptions.ShareMemory"/>: large values are slices of the caller's buffer, everything else
/// is copied, and the data set is the same as one read with copies.</summary>
public sealed class SharedMemoryReadTests
{
    private static readonly DicomReadOptions s_share = new() { ShareMemory = true, LargeValueThreshold = 4096 };

    public static TheoryData<string> WellFormedFiles() => [.. TestPaths.WellFormedCorpusFiles()];

    private static bool IsSliceOf(ElementValue value, byte[] buffer) =>
        MemoryMarshal.TryGetArray(value.Memory, out var segment) && ReferenceEquals(segment.Array, buffer);

    [Fact]
    public void LargeValues_AreSlicesOfTheBuffer_SmallOnesAreCopies()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "transfer-syntax/CT_small.dcm"));
        var file = DicomFile.Open(bytes, s_share);
        var pixels = Assert.IsType<DicomValueElement>(file.Dataset.Get(DicomTag.PixelData));
        Assert.True(pixels.Length >= 4096);
        Assert.True(IsSliceOf(pixels.Value, bytes), "pixel data was copied");
        var small = file.Dataset.OfType<DicomValueElement>().Where(e => e.Length is > 0 and < 4096).ToList();
        Assert.NotEmpty(small);
        Assert.All(small, e => Assert.False(IsSliceOf(e.Value, bytes), $"{e.Tag} shares the buffer"));

        var copied = DicomFile.Open(bytes);
        Assert.False(IsSliceOf(Assert.IsType<DicomValueElement>(copied.Dataset.Get(DicomTag.PixelData)).Value, bytes), "without the option, values must be copies");
    }

    [Fact]
    public void BigEndianValues_AreNeverShared_BecauseTheyAreSwapped()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "transfer-syntax/MR_small_bigendian.dcm"));
        var shared = DicomFile.Open(bytes, s_share);
        Assert.All(shared.Dataset.OfType<DicomValueElement>(), e => Assert.False(IsSliceOf(e.Value, bytes), $"{e.Tag} shares the buffer"));
        var diffs = DatasetComparison.Differences(DicomFile.Open(bytes).Dataset, shared.Dataset);
        Assert.True(diffs.Count == 0, string.Join('\n', diffs.Take(20)));
    }

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public void SharedRead_GivesTheSameDatasetAsACopyingRead(string relative)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, relative));
        var copied = DicomFile.Open(bytes);
        var shared = DicomFile.Open(bytes, s_share);
        Assert.Equal(Written(copied), Written(shared));
    }

    private static byte[] Written(DicomFile file)
    {
        using var ms = new MemoryStream();
        Part10Writer.Write(ms, FileMetaInformation.ForDataset(file.Dataset, file.TransferSyntax, file.Meta), file.Dataset);
        return ms.ToArray();
    }

    [Fact]
    public void TruncatedLargeValue_IsAFormatError_NotASliceBeyondTheBuffer()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "transfer-syntax/CT_small.dcm"));
        var cut = bytes.AsMemory(0, bytes.Length - 2000);
        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Open(cut, s_share));
        Assert.Contains("7FE0", ex.Message, StringComparison.OrdinalIgnoreCase);
    }
}
