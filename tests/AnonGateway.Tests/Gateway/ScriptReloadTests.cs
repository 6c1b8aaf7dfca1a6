using AnonGateway.Dicom.Dictionary;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>Scripts reload when their files change; a changed script with errors is refused and the old one stays.</summary>
[Collection("gateway")]
public class ScriptReloadTests
{
    private static readonly DicomTag StudyDescription = new(0x0008, 0x1030);

    [Fact]
    public async Task ChangedScript_IsUsedForTheNextObject_ABrokenChange_IsRefused()
    {
        using var tmp = new TempDirectory("gw-reload");
        var study = await GatewayFixture.StudyAsync(20);
        var one = Directory.GetFiles(study).Order(StringComparer.Ordinal).First();
        var script = tmp.Combine("project.das");
        File.WriteAllText(script, "version \"6.6\"\n(0008,1030) := \"V1\"\n");
        int port = LoopbackPort.GetFree();
        var cfg = GatewayFixture.WriteConfig(tmp.Path, port,
            new[] { new { Name = "r", CalledAeTitle = "*", ProjectScript = script, Destination = "folder" } },
            new Dictionary<string, object> { ["folder"] = new { Folder = tmp.Combine("out") } },
            siteScript: null);
        await using var gw = AnongwProcess.Start(tmp.Path, ["serve", "--config", cfg]);
        await gw.WaitListeningAsync(port, TimeSpan.FromSeconds(30));

        async Task<string?> SendAndReadAsync(string outFolder)
        {
            File.Delete(tmp.Combine("one.dcm"));
            File.Copy(one, tmp.Combine("one.dcm"));
            var r = await GatewayFixture.StoreScuAsync(port, "ANONGW", "MR1", tmp.Combine("one.dcm"));
            Assert.True(r.ExitCode == 0, r.StdErr);
            var got = await GatewayFixture.WaitForObjectsAsync(tmp.Combine("out"), 1, TimeSpan.FromSeconds(30));
            var description = Assert.Single(got.Values).GetString(StudyDescription);
            Directory.Move(tmp.Combine("out"), tmp.Combine(outFolder));
            return description;
        }

        Assert.Equal("V1", await SendAndReadAsync("out1"));

        File.WriteAllText(script, "version \"6.6\"\n(0008,1030) := \"V2\"\n");
        File.SetLastWriteTimeUtc(script, DateTime.UtcNow.AddSeconds(5));
        await gw.WaitForOutputAsync("reloaded", TimeSpan.FromSeconds(20));
        Assert.Equal("V2", await SendAndReadAsync("out2"));

        File.WriteAllText(script, "version \"6.6\"\n(0008,1030) = \"V3\"\n");
        File.SetLastWriteTimeUtc(script, DateTime.UtcNow.AddSeconds(10));
        await gw.WaitForOutputAsync("has errors; the previous version stays in use", TimeSpan.FromSeconds(20));
        Assert.Contains("project.das:2:", gw.Output, StringComparison.Ordinal);
        Assert.Equal("V2", await SendAndReadAsync("out3"));
    }
}
