using AnonGateway.Spool;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

public class SpoolStoreTests
{
    private static Func<Stream, CancellationToken, Task> Bytes(params byte[] b) => (s, ct) => s.WriteAsync(b, ct).AsTask();

    [Fact]
    public async Task Enqueue_PublishesUnderStudy_AndCompleteRemovesIt()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        var q = await spool.EnqueueAsync("xnat", "1.2.3", Bytes(1, 2, 3, 4), CancellationToken.None);
        Assert.True(File.Exists(q.Path));
        Assert.Equal([1, 2, 3, 4], await File.ReadAllBytesAsync(q.Path));
        Assert.Empty(Directory.GetFiles(spool.QueueDirectory("xnat"), "*.tmp", SearchOption.AllDirectories));
        var batches = spool.ListQueuedByStudy("xnat");
        Assert.Single(batches);
        Assert.Equal(q.Path, Assert.Single(batches[0]).Path);
        spool.Complete(q);
        Assert.False(File.Exists(q.Path));
        Assert.Equal(0, spool.CountQueued("xnat"));
    }

    [Fact]
    public async Task DeliveredFile_IsRecycled_AndTheNextObjectOverwritesIt_CutToItsLength()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        var long1 = Enumerable.Range(0, 5000).Select(i => (byte)i).ToArray();
        var first = await spool.EnqueueAsync("xnat", "1.2.3", Bytes(long1), CancellationToken.None);
        spool.Complete(first);
        Assert.False(File.Exists(first.Path));
        Assert.Single(Directory.GetFiles(spool.RecycleDirectory));

        var second = await spool.EnqueueAsync("xnat", "1.2.3", Bytes(7, 8, 9), CancellationToken.None);
        Assert.Empty(Directory.GetFiles(spool.RecycleDirectory)); // the recycled file was taken
        Assert.Equal([7, 8, 9], await File.ReadAllBytesAsync(second.Path));
        Assert.Empty(Directory.GetFiles(spool.QueueDirectory("xnat"), "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task RecyclePool_IsCapped_AndEmptiedAtRestart()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        var queued = new List<Spool.QueuedObject>();
        for (int i = 0; i < SpoolStore.MaxRecycled + 5; i++) queued.Add(await spool.EnqueueAsync("d", "s", Bytes(1), CancellationToken.None));
        foreach (var q in queued) spool.Complete(q);
        Assert.Equal(SpoolStore.MaxRecycled, Directory.GetFiles(spool.RecycleDirectory).Length);
        Assert.Equal(0, spool.CountQueued("d"));
        new SpoolStore(tmp.Path).RecoverAfterRestart();
        Assert.Empty(Directory.GetFiles(spool.RecycleDirectory));
    }

    [Fact]
    public async Task FailedWrite_LeavesNoFileBehind()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        await Assert.ThrowsAsync<InvalidOperationException>(() => spool.EnqueueAsync("d", "s", (_, _) => throw new InvalidOperationException("boom"), CancellationToken.None));
        Assert.Empty(Directory.GetFiles(spool.QueueRoot, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Recover_DiscardsPartialIncomingAndTemporaryFiles_KeepsQueue()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        File.WriteAllText(spool.NewIncomingPath(), "half");
        var studyDir = Path.Combine(spool.QueueDirectory("d"), "s");
        Directory.CreateDirectory(studyDir);
        File.WriteAllText(Path.Combine(studyDir, "a.dcm.tmp"), "half");
        File.WriteAllText(Path.Combine(studyDir, "b.dcm"), "whole");
        Assert.Equal(2, spool.RecoverAfterRestart());
        Assert.Empty(Directory.GetFiles(spool.IncomingDirectory));
        Assert.Equal(1, spool.CountQueued("d"));
    }

    [Fact]
    public void Quarantine_IsPrivate_AndKeepsTheReason()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        var incoming = spool.NewIncomingPath();
        File.WriteAllText(incoming, "original");
        var record = new QuarantineRecord { Route = "neuro", ScriptFile = "n.das", Line = 3, Column = 5, Error = "boom", Time = DateTimeOffset.UtcNow, CallingAeTitle = "MR1", CalledAeTitle = "NEURO", SopInstanceUid = "1.2" };
        var path = spool.Quarantine(incoming, record);
        Assert.False(File.Exists(incoming));
        Assert.Equal("original", File.ReadAllText(path));
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(spool.QuarantineDirectory));
        var (p, r) = Assert.Single(spool.ListQuarantined());
        Assert.Equal(path, p);
        Assert.Equal(record with { Time = r.Time }, r);
    }

    [Fact]
    public async Task PermanentFailures_AreCounted_ThenDeadLettered()
    {
        using var tmp = new TempDirectory("spool");
        var spool = new SpoolStore(tmp.Path);
        var q = await spool.EnqueueAsync("d", "s", Bytes(9), CancellationToken.None);
        Assert.Equal(1, spool.RecordPermanentFailure(q));
        Assert.Equal(2, spool.RecordPermanentFailure(q));
        spool.DeadLetter(q, "A900");
        Assert.Equal(0, spool.CountQueued("d"));
        Assert.Single(Directory.GetFiles(Path.Combine(spool.DeadLetterRoot, "d"), "*.dcm"));
    }
}
