using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary>dicom3tools' dciodvfy finds no more IOD errors in our rewritten copy than in the original.</summary>
public sealed class DciodvfyTests
{
    // MANIFEST.md: dciodvfy aborts (assertion, exit 134) on this valid file; the copy must abort the same way.
    private const string AbortingFile = "sr-rt/rtdose.dcm";

    public static TheoryData<string> WellFormedFiles() => [.. TestPaths.WellFormedCorpusFiles()];

    [Theory]
    [MemberData(nameof(WellFormedFiles))]
    public async Task Save_WellFormedFile_AddsNoDciodvfyErrors(string relative)
    {
        using var temp = new TempDirectory("h1-dciodvfy");
        var path = Path.Combine(TestPaths.Corpus, relative);
        var copy = temp.Combine("copy.dcm");
        DicomFile.Open(path).Save(copy);

        var before = await ExternalTool.RunAsync("dciodvfy", [path], TimeSpan.FromMinutes(1));
        var after = await ExternalTool.RunAsync("dciodvfy", [copy], TimeSpan.FromMinutes(1));
        if (relative == AbortingFile)
        {
            Assert.Equal(134, before.ExitCode);
            Assert.Equal(before.ExitCode, after.ExitCode);
            return;
        }
        Assert.NotEqual(134, before.ExitCode);
        Assert.NotEqual(134, after.ExitCode);
        var errorsBefore = Errors(before);
        var errorsAfter = Errors(after);
        Assert.True(errorsAfter.Count <= errorsBefore.Count,
            $"dciodvfy: {errorsBefore.Count} errors in the original, {errorsAfter.Count} in our copy; new:\n" + string.Join('\n', errorsAfter.Except(errorsBefore).Take(10)));
    }

    private static List<string> Errors(ExternalTool.Result r) =>
        [.. (r.StdOut + "\n" + r.StdErr).Split('\n').Where(l => l.StartsWith("Error -", StringComparison.Ordinal))];
}
