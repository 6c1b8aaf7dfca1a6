using System.Text.Json;
using AnonGateway.Commands;
using AnonGateway.Spool;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Status;

/// <summary><c>anongw status</c> reads the spool's folders: queued per destination with the oldest age, dead letters with
/// their reason, quarantine with its latest location; exit 1 when someone has to act.</summary>
public sealed class StatusCommandTests
{
    private static Func<Stream, CancellationToken, Task> Bytes(params byte[] b) => (s, ct) => s.WriteAsync(b, ct).AsTask();

    private static string Config(TempDirectory temp)
    {
        var path = temp.Combine("gateway.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            Gateway = new
            {
                SpoolPath = temp.Combine("spool"),
                Routes = new[] { new { Name = "r", CalledAeTitle = "*", Destination = "xnat" } },
                Destinations = new Dictionary<string, object> { ["xnat"] = new { Host = "127.0.0.1", Port = 1, CalledAeTitle = "XNAT" } },
            },
        }));
        return path;
    }

    [Fact]
    public void EmptyOrMissingSpool_IsOk()
    {
        using var temp = new TempDirectory("status");
        var output = new StringWriter();
        int rc = StatusCommand.Run(Config(temp), "text", DateTimeOffset.UtcNow, output, new StringWriter());
        Assert.Equal(0, rc);
        Assert.Contains("destination xnat: 0 queued, 0 dead-lettered", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("quarantine: empty", output.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("status: ok" + Environment.NewLine, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueuedDeadLetteredAndQuarantined_AreCounted_AndNeedAttention()
    {
        using var temp = new TempDirectory("status");
        var config = Config(temp);
        var spool = new SpoolStore(temp.Combine("spool"));
        var q1 = await spool.EnqueueAsync("xnat", "1.2.3", Bytes(1), CancellationToken.None);
        await spool.EnqueueAsync("xnat", "1.2.4", Bytes(2), CancellationToken.None);
        File.SetLastWriteTimeUtc(q1.Path, DateTime.UtcNow.AddMinutes(-10));
        var dead = await spool.EnqueueAsync("old", "1.2.5", Bytes(3), CancellationToken.None);
        spool.DeadLetter(dead, "A900 refused permanently");
        var incoming = spool.NewIncomingPath();
        File.WriteAllText(incoming, "original");
        spool.Quarantine(incoming, new QuarantineRecord { Route = "r", ScriptFile = "/x/neuro.das", Line = 12, Column = 5, Error = "boom", Time = DateTimeOffset.UtcNow, CallingAeTitle = "MR1", CalledAeTitle = "GW" });

        var output = new StringWriter();
        int rc = StatusCommand.Run(config, "text", DateTimeOffset.UtcNow, output, new StringWriter());
        var text = output.ToString();
        Assert.Equal(1, rc);
        Assert.Contains("destination xnat: 2 queued (oldest waiting 10 min), 0 dead-lettered", text, StringComparison.Ordinal);
        Assert.Contains("destination old: 0 queued, 1 dead-lettered (latest: A900 refused permanently)", text, StringComparison.Ordinal);
        Assert.Contains("quarantine: 1 object(s) (latest: route r, neuro.das:12:5: boom;", text, StringComparison.Ordinal);
        Assert.Contains("status: needs attention", text, StringComparison.Ordinal);

        var json = new StringWriter();
        Assert.Equal(1, StatusCommand.Run(config, "json", DateTimeOffset.UtcNow, json, new StringWriter()));
        using var doc = JsonDocument.Parse(json.ToString());
        Assert.True(doc.RootElement.GetProperty("needsAttention").GetBoolean());
        Assert.Equal(1, doc.RootElement.GetProperty("quarantined").GetInt32());
        var xnat = doc.RootElement.GetProperty("destinations").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "xnat");
        Assert.Equal(2, xnat.GetProperty("queued").GetInt32());
        Assert.InRange(xnat.GetProperty("oldestQueuedSeconds").GetDouble(), 590, 700);
    }

    [Fact]
    public async Task DestinationNameWithUnsafeCharacters_IsCountedOnce_UnderItsSpoolFolderName()
    {
        using var temp = new TempDirectory("status");
        var spool = new SpoolStore(temp.Combine("spool"));
        await spool.EnqueueAsync("xnat main", "1.2.3", Bytes(1), CancellationToken.None);
        var status = SpoolStatus.Read(spool.Root, ["xnat main"], DateTimeOffset.UtcNow);
        var d = Assert.Single(status.Destinations);
        Assert.Equal("xnat_main", d.Name);
        Assert.Equal(1, d.Queued);
    }

    [Fact]
    public void BadFormat_IsAUsageError()
    {
        using var temp = new TempDirectory("status");
        var error = new StringWriter();
        Assert.Equal(2, StatusCommand.Run(Config(temp), "xml", DateTimeOffset.UtcNow, new StringWriter(), error));
        Assert.Contains("--format", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MissingConfigFile_IsAConfigurationError()
    {
        var error = new StringWriter();
        Assert.Equal(2, StatusCommand.Run("/nonexistent/gateway.json", "text", DateTimeOffset.UtcNow, new StringWriter(), error));
        Assert.StartsWith("status: ", error.ToString(), StringComparison.Ordinal);
    }
}
