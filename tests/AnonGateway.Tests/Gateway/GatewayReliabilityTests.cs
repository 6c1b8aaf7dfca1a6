using System.Diagnostics;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>Nothing the sender was told is safe may be lost: a destination that is down, a gateway killed mid-send.</summary>
[Collection("gateway")]
public class GatewayReliabilityTests
{
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(30);

    private static string Config(TempDirectory tmp, int port, int destinationPort) => GatewayFixture.WriteConfig(tmp.Path, port,
        new[] { new { Name = "r", CalledAeTitle = "*", Destination = "xnat" } },
        new Dictionary<string, object> { ["xnat"] = new { Host = "127.0.0.1", Port = destinationPort, CalledAeTitle = "XNAT" } },
        siteScript: Path.Combine(TestPaths.RepoRoot, "config", "scripts", "site.das"));

    [Fact]
    public async Task DestinationDown_ForTheFirstPart_ThenUp_All200Arrive_AndTheSenderNeverWaited()
    {
        using var tmp = new TempDirectory("gw-down");
        var study = await GatewayFixture.StudyAsync(200);
        int port = LoopbackPort.GetFree(), xnatPort = LoopbackPort.GetFree();
        await using var gw = AnongwProcess.Start(tmp.Path, ["serve", "--config", Config(tmp, port, xnatPort)]);
        await gw.WaitListeningAsync(port, Start);

        var sw = Stopwatch.StartNew();
        var send = await GatewayFixture.StoreScuAsync(port, "ANONGW", "MR1", study);
        sw.Stop();
        Assert.True(send.ExitCode == 0, send.StdErr);
        var sourceUids = GatewayFixture.ReadAll(study).Keys.ToHashSet();
        Assert.Equal(200, sourceUids.Count);

        await Task.Delay(1500); // the forwarder has failed against the closed port by now
        await using var scp = await StoreScpProcess.StartAsync(tmp.Combine("xnat"), port: xnatPort);
        var arrived = await GatewayFixture.WaitForObjectsAsync(scp.Folder, 200, TimeSpan.FromSeconds(120));
        Assert.Equal(sourceUids.Order(), arrived.Keys.Order());
        // At least once: the destination saw each object, and no object more than twice.
        Assert.True(Directory.GetFiles(scp.Folder).Length <= 400);
        Assert.Contains("Forwarding to xnat: attempt", gw.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GatewayKilled_MidSend_ThenRestarted_EveryAcknowledgedObjectArrives()
    {
        using var tmp = new TempDirectory("gw-kill");
        var study = await GatewayFixture.StudyAsync(200);
        int port = LoopbackPort.GetFree(), xnatPort = LoopbackPort.GetFree();
        var cfg = Config(tmp, port, xnatPort);
        var gw = AnongwProcess.Start(tmp.Path, ["serve", "--config", cfg]);
        await gw.WaitListeningAsync(port, Start);

        // One storescu per object, so the send lasts seconds and the kill surely lands in its middle; a storescu that
        // exits 0 saw its object acknowledged.
        var script = $"for f in \"{study}\"/*.dcm; do if storescu -aec ANONGW -aet MR1 127.0.0.1 {port} \"$f\" 2>/dev/null; then echo \"ACK $f\"; else echo \"NAK $f\"; fi; done";
        var sender = ExternalTool.RunAsync("bash", ["-c", script], TimeSpan.FromMinutes(5));
        // The destination is still down, so queued objects stay on disk: count them there (the log is buffered and lags).
        var queue = tmp.Combine("spool", "queue");
        int Queued() => Directory.Exists(queue) ? Directory.EnumerateFiles(queue, "*.dcm", SearchOption.AllDirectories).Count() : 0;
        // One sender, one object at a time: object N+1 is only sent once storescu N has exited with its response, so 61
        // queued means at least 60 acknowledged (the 61st may be published without its response when the kill lands).
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (Queued() < 61 && DateTime.UtcNow < deadline) await Task.Delay(10);
        gw.Kill();
        int queuedAtKill = Queued();
        await gw.DisposeAsync();
        var result = await sender;
        var acknowledged = result.StdOut.Split('\n').Where(l => l.StartsWith("ACK ", StringComparison.Ordinal)).Select(l => l[4..].Trim()).ToList();
        Assert.True(acknowledged.Count is >= 60 and < 200, $"killed with {queuedAtKill} queued; the sender saw {acknowledged.Count} acknowledged");

        await using var scp = await StoreScpProcess.StartAsync(tmp.Combine("xnat"), port: xnatPort);
        await using var restarted = AnongwProcess.Start(tmp.Path, ["serve", "--config", cfg]);
        await restarted.WaitListeningAsync(port, Start);
        var expectedUids = acknowledged.Select(f => Dicom.IO.DicomFile.Open(f).Dataset.GetString(new DicomTag(0x0008, 0x0018))!).ToHashSet();
        var arrived = await GatewayFixture.WaitForObjectsAsync(scp.Folder, expectedUids.Count, TimeSpan.FromSeconds(120));
        Assert.Empty(expectedUids.Except(arrived.Keys));
        Assert.Empty(Directory.GetFiles(tmp.Combine("spool", "incoming")));
    }
}
