using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.TransferSyntaxes;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary>Every well-formed corpus file reads, and read → write (same syntax) → read gives the same data set.</summary>
public sealed class CorpusReadTests
{
    public static TheoryData<string> WellFormedFiles() => [.. TestPaths.WellFormedCorpusFiles()];

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public void Open_WellFormedCorpusFile_ReadsElements(string relative)
    {
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, relative));
        Assert.True(file.Dataset.Count > 0, "the data set has no elements");
    }

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public void SaveThenOpen_SameTransferSyntax_GivesTheSameDataset(string relative)
    {
        using var temp = new TempDirectory("h1-roundtrip");
        var original = DicomFile.Open(Path.Combine(TestPaths.Corpus, relative));
        var copyPath = temp.Combine("copy.dcm");
        original.Save(copyPath);

        var copy = DicomFile.Open(copyPath);
        Assert.Equal(original.TransferSyntax.Uid, copy.TransferSyntax.Uid);
        Assert.NotNull(copy.Meta);
        Assert.True(copy.HadPreamble);
        Assert.Equal(Uids.DicomUid.ImplementationClassUid, copy.Meta!.ImplementationClassUid);
        var diffs = DatasetComparison.Differences(original.Dataset, copy.Dataset);
        Assert.True(diffs.Count == 0, string.Join('\n', diffs.Take(20)));

        // Writing the copy again gives the same bytes: the writer is deterministic and stable.
        var again = temp.Combine("again.dcm");
        copy.Save(again);
        Assert.Equal(File.ReadAllBytes(copyPath), File.ReadAllBytes(again));
    }

    [Theory]
    [InlineData("transfer-syntax/CT_small.dcm")]
    [InlineData("transfer-syntax/MR_small_bigendian.dcm")]
    [InlineData("transfer-syntax/MR_small_implicit.dcm")]
    [InlineData("transfer-syntax/image_dfl.dcm")]
    [InlineData("sr-rt/test-SR.dcm")]
    public void Save_EveryNativeSyntax_ReadsBackTheSameDataset(string relative)
    {
        using var temp = new TempDirectory("h1-convert");
        var original = DicomFile.Open(Path.Combine(TestPaths.Corpus, relative));
        foreach (var syntax in new[] { TransferSyntax.ImplicitVRLittleEndian, TransferSyntax.ExplicitVRLittleEndian, TransferSyntax.ExplicitVRBigEndian, TransferSyntax.DeflatedExplicitVRLittleEndian })
        {
            var path = temp.Combine(syntax.Uid + ".dcm");
            DicomFile.Save(path, original.Dataset, syntax, original.Meta);
            var copy = DicomFile.Open(path);
            Assert.Equal(syntax.Uid, copy.TransferSyntax.Uid);
            var diffs = DatasetComparison.Differences(original.Dataset, copy.Dataset,
                syntax.IsExplicitVR ? null : DatasetComparison.ImplicitVRChange);
            // Implicit VR loses only VRs the dictionary does not know; values stay byte-identical.
            Assert.True(diffs.Count == 0, syntax.Name + ":\n" + string.Join('\n', diffs.Take(20)));
        }
    }

    [Fact]
    public void Open_LargeValue_StaysInTheFile()
    {
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, "large/synthetic_mf_ct_64f.dcm"));
        var pixels = Assert.IsType<DicomValueElement>(file.Dataset.Get(DicomTag.PixelData));
        Assert.False(pixels.Value.IsInMemory);
        Assert.Equal(64L * 512 * 512 * 2, pixels.Length);
    }

    [Fact]
    public void Open_SmallThreshold_ReferencesFragmentsToo()
    {
        var options = new DicomReadOptions { LargeValueThreshold = 256 };
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, "multiframe/examples_ybr_color.dcm"), options);
        var fragments = Assert.IsType<DicomFragmentSequence>(file.Dataset.Get(DicomTag.PixelData));
        Assert.Equal(30, fragments.Fragments.Count);
        Assert.All(fragments.Fragments, f => Assert.False(f.IsInMemory));
        var inMemory = DicomFile.Open(File.ReadAllBytes(Path.Combine(TestPaths.Corpus, "multiframe/examples_ybr_color.dcm")));
        var loaded = Assert.IsType<DicomFragmentSequence>(inMemory.Dataset.Get(DicomTag.PixelData));
        for (int i = 0; i < 30; i++) Assert.True(loaded.Fragments[i].Memory.Span.SequenceEqual(fragments.Fragments[i].Memory.Span));
    }

    [Theory]
    [InlineData("transfer-syntax/CT_small.dcm")]
    [InlineData("transfer-syntax/image_dfl.dcm")]
    public void DataSetOffset_IsWhereTheMetaGroupEnds(string relative)
    {
        var path = Path.Combine(TestPaths.Corpus, relative);
        var bytes = File.ReadAllBytes(path);
        // Group length (0002,0000) UL is the first meta element: tag 4, VR 2, length 2, value 4.
        uint groupLength = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(132 + 8));
        long expected = 132 + 12 + groupLength;
        Assert.Equal(expected, DicomFile.Open(path).DataSetOffset);
        Assert.Equal(expected, DicomFile.Open(path, new DicomReadOptions { ReadDataset = false }).DataSetOffset);
        Assert.Null(new DicomFile(null, new DicomDataset(), TransferSyntax.ExplicitVRLittleEndian).DataSetOffset);
    }
}
