using AnonGateway.Commands;
using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Apply;

/// <summary><c>anongw apply</c> over reference case inputs (read in place from ../shared).</summary>
public sealed class ApplyCommandTests
{
    private static string Case(string name, string part) => Path.Combine(TestPaths.DicomEditReference, name, part);

    [Fact]
    public void DryRun_WritesNothing_PrintsDiffAndSummary()
    {
        using var temp = new TempDirectory("apply");
        var output = new StringWriter();
        var error = new StringWriter();
        int rc = ApplyCommand.Run([Case("001", "script.das"), Case("001", "script2.das")], [], null, diff: true, [Case("001", "in")], output, error);
        Assert.Equal(0, rc);
        var text = output.ToString();
        Assert.Contains("--- a.dcm:", text, StringComparison.Ordinal);
        Assert.Contains("~ (0028,1051) DS [80\\1200] -> DS [mr]", text, StringComparison.Ordinal);
        Assert.Contains("+ (0008,1110)[1] item", text, StringComparison.Ordinal);
        Assert.Contains("- (0018,0026)[0]/(0018,0034) LO [Gadolinium]", text, StringComparison.Ordinal);
        Assert.Contains("apply: 2 object(s): 2 written, 0 rejected, 0 failed (dry run: nothing written)", text, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Out_WritesResultsUnderRelativeNames_AndFailuresAreLocated()
    {
        using var temp = new TempDirectory("apply");
        var output = new StringWriter();
        var error = new StringWriter();
        int rc = ApplyCommand.Run([Case("016", "script.das")], ["project=Unassigned", "subject=SUBJ_A", "session=SESS_A_MR1"], temp.Path, diff: false, [Case("016", "in")], output, error);
        Assert.Equal(1, rc);
        Assert.True(File.Exists(Path.Combine(temp.Path, "a.dcm")));
        Assert.False(File.Exists(Path.Combine(temp.Path, "b.dcm")));
        Assert.Matches(@"016/script\.das:2:6: error: .+ \(object b\.dcm\)", error.ToString());
        Assert.Contains("1 written, 0 rejected, 1 failed", output.ToString(), StringComparison.Ordinal);
        // The written file is DicomEdit's expected output as a data set (same UIDs: the meta group is regenerated).
        var written = DicomFile.Open(Path.Combine(temp.Path, "a.dcm"));
        var expected = DicomFile.Open(Case("016", Path.Combine("expected", "a.dcm")));
        Assert.Equal(expected.Dataset.Count, written.Dataset.Count);
        Assert.Equal(written.Dataset.GetString(new Dicom.Dictionary.DicomTag(0x0008, 0x0018)), written.Meta?.MediaStorageSopInstanceUid);
    }

    [Fact]
    public void Rejected_IsNotAFailure()
    {
        var rejecting = Directory.EnumerateDirectories(TestPaths.DicomEditReference)
            .First(d => File.ReadAllLines(Path.Combine(d, "outcome")).All(l => l.EndsWith(" rejected", StringComparison.Ordinal)));
        var scripts = new[] { "script.das", "script2.das" }.Select(s => Path.Combine(rejecting, s)).Where(File.Exists).ToList();
        var vars = File.Exists(Path.Combine(rejecting, "vars")) ? File.ReadAllLines(Path.Combine(rejecting, "vars")).Where(l => l.Contains('=', StringComparison.Ordinal)).ToList() : [];
        var output = new StringWriter();
        int rc = ApplyCommand.Run(scripts, vars, null, diff: false, [Path.Combine(rejecting, "in")], output, new StringWriter());
        Assert.Equal(0, rc);
        Assert.Contains("0 written", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("rejected by the script", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void UsageErrors_Exit2()
    {
        Assert.Equal(ApplyCommand.UsageError, ApplyCommand.Run([], [], null, false, ["x"], TextWriter.Null, TextWriter.Null));
        Assert.Equal(ApplyCommand.UsageError, ApplyCommand.Run([Case("001", "script.das")], ["novalue"], null, false, [Case("001", "in")], TextWriter.Null, TextWriter.Null));
        Assert.Equal(ApplyCommand.UsageError, ApplyCommand.Run([Case("001", "script.das")], [], null, false, ["/nonexistent/input"], TextWriter.Null, TextWriter.Null));
    }
}
