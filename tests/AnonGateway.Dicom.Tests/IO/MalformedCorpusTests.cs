using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary>Damaged files read or fail with one <see cref="DicomFormatException"/> that says where and what; never
/// another exception, never a hang.</summary>
public sealed class MalformedCorpusTests
{
    private static readonly TimeSpan s_bound = TimeSpan.FromSeconds(10);

    public static TheoryData<string> MalformedFiles() => [.. TestPaths.MalformedCorpusFiles()];

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task Open_MalformedCorpusFile_ReadsOrFailsWithFormatException(string relative)
    {
        var path = Path.Combine(TestPaths.Corpus, relative);
        var read = Task.Run(() => DicomFile.Open(path));
        var finished = await Task.WhenAny(read, Task.Delay(s_bound));
        Assert.True(finished == read, $"reading {relative} did not finish within {s_bound}");
        if (read.IsFaulted)
        {
            var ex = Assert.IsType<DicomFormatException>(read.Exception!.InnerException);
            Assert.InRange(ex.Offset, 0, new FileInfo(path).Length);
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }
    }

    // The files DCMTK cannot read either, because bytes are missing or are no DICOM at all.
    [Theory]
    [InlineData("malformed/MR_truncated.dcm", "element (7FE0,0010) length 8192 exceeds the")]
    [InlineData("malformed/rtplan_truncated.dcm", "length 976 exceeds the")]
    [InlineData("malformed/emri_small_jpeg_2k_lossless_too_short.dcm", "without a Sequence Delimitation Item")]
    [InlineData("malformed/GH1339_missing_seq_delim.dcm", "without a Sequence Delimitation Item")]
    [InlineData("malformed/not_dicom_gzip.dcm.gz", "not a DICOM file")]
    public void Open_TruncatedOrForeignFile_ThrowsFormatExceptionNamingTheProblem(string relative, string expected)
    {
        var ex = Assert.Throws<DicomFormatException>(() => DicomFile.Open(Path.Combine(TestPaths.Corpus, relative)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Offset >= 0);
    }

    // Damage that DCMTK tolerates, and so do we.
    [Theory]
    [InlineData("malformed/ExplVR_LitEndNoMeta.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("malformed/ExplVR_BigEndNoMeta.dcm", "1.2.840.10008.1.2.2")]
    [InlineData("malformed/meta_missing_tsyntax.dcm", "1.2.840.10008.1.2")]
    [InlineData("malformed/no_meta_group_length.dcm", "1.2.840.10008.1.2")]
    [InlineData("malformed/GH1376_meta_in_dataset.dcm", "1.2.840.10008.1.2.4.70")]
    [InlineData("malformed/GH179A_blank_VR.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("malformed/JPEG2000-embedded-sequence-delimiter.dcm", "1.2.840.10008.1.2.4.91")]
    [InlineData("malformed/GH177_BE_undefined_length_UN.dcm", "1.2.840.10008.1.2.2")]
    [InlineData("malformed/brain_trailing_zeros.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("malformed/badVR.dcm", "1.2.840.10008.1.2.1")]
    [InlineData("malformed/bad_sequence.dcm", "1.2.840.10008.1.2.4.70")]
    public void Open_ToleratedDamage_Reads(string relative, string transferSyntaxUid)
    {
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, relative));
        Assert.Equal(transferSyntaxUid, file.TransferSyntax.Uid);
        Assert.True(file.Dataset.Count >= 2);
    }
}
