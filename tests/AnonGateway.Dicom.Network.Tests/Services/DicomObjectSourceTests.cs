using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Network.Tests.Services;

/// <summary>What an SCU needs to send a file: the full reading (data set UIDs win over the meta group's) and the fast one
/// for files whose meta group we made from the data set (spool files) agree.</summary>
public sealed class DicomObjectSourceTests
{
    public static TheoryData<string> WellFormedFiles() => [.. TestPaths.WellFormedCorpusFiles()];

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public void FileRewrittenByUs_GivesTheSameSource_WithOrWithoutParsing(string relative)
    {
        using var temp = new TempDirectory("source");
        var original = DicomFile.Open(Path.Combine(TestPaths.Corpus, relative));
        var path = temp.Combine("o.dcm");
        try { original.Save(path); }
        catch (Dicom.Data.DicomEncodingException) { return; } // not writable as it is: never a spool file either
        DicomObjectSource full;
        try { full = DicomObjectSource.Open(path); }
        catch (DicomFormatException) { return; } // no SOP UIDs at all: the forwarder dead-letters it either way
        Assert.Equal(full, DicomObjectSource.OpenWithTrustedMeta(path));
    }

    [Fact]
    public void FileWithoutMetaGroup_FallsBackToParsing()
    {
        using var temp = new TempDirectory("source");
        var original = DicomFile.Open(Path.Combine(TestPaths.Corpus, "transfer-syntax/CT_small.dcm"));
        var path = temp.Combine("bare.dcm");
        File.WriteAllBytes(path, DicomDatasetWriter.ToArray(original.Dataset, original.TransferSyntax));
        var trusted = DicomObjectSource.OpenWithTrustedMeta(path);
        Assert.Null(trusted.DataSetOffset);
        Assert.Equal(DicomObjectSource.Open(path), trusted);
    }
}
