using System.Text.RegularExpressions;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.TransferSyntaxes;
using AnonGateway.Dicom.Uids;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Dictionary;

/// <summary>The SOP classes our generator adds from PS3.6 Annex A by hand (Verification and the retired storage classes
/// old modalities still send) are ones dcmtk knows under the same UID: dcmdump names each of them, retired (or draft for
/// the trial classes), instead of printing a bare UID.</summary>
public partial class RetiredSopClassInteropTests
{
    [GeneratedRegex(@"\(0008,0016\) UI =(\S+)")]
    private static partial Regex NamedUid();

    public static TheoryData<string> HandAddedSopClasses()
    {
        var data = new TheoryData<string>();
        var tsv = Path.Combine(TestPaths.RepoRoot, "src", "AnonGateway.Dicom.Generator", "Data", "sop-classes.tsv");
        foreach (var line in File.ReadLines(tsv).Where(l => l.StartsWith("1.", StringComparison.Ordinal)))
            data.Add(line.Split('\t')[0]);
        return data;
    }

    [Theory]
    [MemberData(nameof(HandAddedSopClasses))]
    public async Task DcmtkNamesTheUid_AsWeDo(string uid)
    {
        var ours = SopClass.Lookup(uid);
        Assert.NotNull(ours);
        using var temp = new TempDirectory("sopclass");
        var ds = new DicomDataset();
        ds.SetString(new DicomTag(0x0008, 0x0016), DicomVR.UI, uid);
        var path = temp.Combine("o.dcm");
        DicomFile.Save(path, ds, TransferSyntax.ExplicitVRLittleEndian);
        var r = await ExternalTool.RunAsync("dcmdump", ["-q", path], TimeSpan.FromSeconds(30));
        Assert.Equal(0, r.ExitCode);
        var named = NamedUid().Match(r.StdOut);
        Assert.True(named.Success, $"dcmtk does not know {uid}:\n{r.StdOut}");
        var dcmtkName = named.Groups[1].Value;
        if (ours!.Name.Contains("(Retired)", StringComparison.Ordinal))
            Assert.Matches("^(RETIRED|DRAFT)_", dcmtkName);
        else
            Assert.DoesNotMatch("^(RETIRED|DRAFT)_", dcmtkName);
    }
}
