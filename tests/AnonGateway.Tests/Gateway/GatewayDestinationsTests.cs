using System.Globalization;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Tests.Network;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>The gateway forwarding to the other real receivers: Orthanc (checked through its REST API) and
/// <c>anongw receive</c> (checked against what <c>anongw apply</c> says the same scripts make).</summary>
[Collection("gateway")]
public class GatewayDestinationsTests
{
    [Fact]
    public async Task Gateway_ToOrthancAndToAnongwReceive_EveryObjectArrives_Anonymized()
    {
        using var tmp = new TempDirectory("gw-dest");
        var study = await GatewayFixture.StudyAsync(20);
        var site = Path.Combine(TestPaths.RepoRoot, "config", "scripts", "site.das");
        File.WriteAllText(tmp.Combine("orth.das"), "version \"6.6\"\n(0008,1030) := \"ORTH\"\n(0020,000D) := hashUID[(0020,000D)]\n(0020,000E) := hashUID[(0020,000E)]\n(0008,0018) := hashUID[(0008,0018)]\n");
        File.WriteAllText(tmp.Combine("recv.das"), "version \"6.6\"\n(0008,1030) := \"RECV\"\n");
        Directory.CreateDirectory(tmp.Combine("orthanc"));
        using var orthanc = await OrthancServer.StartAsync(tmp.Combine("orthanc"));
        int recvPort = LoopbackPort.GetFree(), port = LoopbackPort.GetFree();
        await using var receiver = AnongwProcess.Start(tmp.Path, ["receive", "--port", recvPort.ToString(CultureInfo.InvariantCulture), "--ae", "RECV", "--out", tmp.Combine("received")]);
        await receiver.WaitListeningAsync(recvPort, TimeSpan.FromSeconds(30));
        var vars = new Dictionary<string, string> { ["project"] = "P", ["subject"] = "SUBJ9", ["session"] = "SESS9" };
        var cfg = GatewayFixture.WriteConfig(tmp.Path, port,
            new object[]
            {
                new { Name = "orth", CalledAeTitle = "ORTH", ProjectScript = tmp.Combine("orth.das"), Variables = vars, Destination = "orthanc" },
                new { Name = "recv", CalledAeTitle = "RECV", ProjectScript = tmp.Combine("recv.das"), Variables = vars, Destination = "receiver" },
            },
            new Dictionary<string, object>
            {
                ["orthanc"] = new { Host = "127.0.0.1", Port = orthanc.DicomPort, CalledAeTitle = orthanc.AETitle },
                ["receiver"] = new { Host = "127.0.0.1", Port = recvPort, CalledAeTitle = "RECV" },
            },
            site);
        await using var gw = AnongwProcess.Start(tmp.Path, ["serve", "--config", cfg]);
        await gw.WaitListeningAsync(port, TimeSpan.FromSeconds(30));
        Assert.Equal(0, (await GatewayFixture.StoreScuAsync(port, "ORTH", "MR1", study)).ExitCode);
        Assert.Equal(0, (await GatewayFixture.StoreScuAsync(port, "RECV", "MR1", study)).ExitCode);

        // anongw receive: exactly what apply makes of the same files with the same chain.
        var received = await GatewayFixture.WaitForObjectsAsync(tmp.Combine("received"), 20, TimeSpan.FromSeconds(60));
        var args = new List<string> { "apply", "--script", site, "--script", tmp.Combine("recv.das"), "--out", tmp.Combine("applied") };
        foreach (var (k, v) in vars) { args.Add("--var"); args.Add($"{k}={v}"); }
        args.Add(study);
        var (exit, output) = await AnongwProcess.RunAsync(tmp.Path, args, TimeSpan.FromMinutes(2));
        Assert.True(exit == 0, output);
        var expected = GatewayFixture.ReadAll(tmp.Combine("applied"));
        Assert.Equal(expected.Keys.Order(), received.Keys.Order());
        foreach (var (uid, ds) in expected)
            Assert.True(GatewayFixture.Differences(ds, received[uid]).Count == 0, uid + ": " + string.Join("; ", GatewayFixture.Differences(ds, received[uid])));

        // Orthanc: 20 instances, each anonymized (new UIDs, our labels, no institution).
        var sourceUids = GatewayFixture.ReadAll(study).Keys.ToHashSet();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<string> ids;
        while ((ids = [.. (await orthanc.GetJsonAsync("instances")).EnumerateArray().Select(e => e.GetString()!)]).Count < 20 && DateTime.UtcNow < deadline)
            await Task.Delay(250);
        Assert.Equal(20, ids.Count);
        foreach (var id in ids)
        {
            var tags = await orthanc.GetJsonAsync($"instances/{id}/simplified-tags");
            Assert.Equal("ORTH", tags.GetProperty("StudyDescription").GetString());
            Assert.Equal("SUBJ9", tags.GetProperty("PatientName").GetString());
            Assert.Equal("SESS9", tags.GetProperty("PatientID").GetString());
            Assert.DoesNotContain(tags.GetProperty("SOPInstanceUID").GetString()!, sourceUids);
            Assert.False(tags.TryGetProperty("InstitutionName", out _));
        }
    }
}
