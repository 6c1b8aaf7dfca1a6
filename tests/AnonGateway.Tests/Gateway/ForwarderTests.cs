using AnonGateway.Configuration;
using AnonGateway.Forwarding;
using AnonGateway.Spool;
using AnonGateway.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace AnonGateway.Tests.Gateway;

public class ForwarderTests
{
    /// <summary>A destination that answers from a script of outcomes, one call at a time.</summary>
    private sealed class ScriptedTarget(string name, Func<int, QueuedObject, ForwardOutcome> answer) : IForwardTarget
    {
        public int Calls;
        public List<string> Delivered { get; } = [];
        public string Name { get; } = name;

        public Task<IReadOnlyList<ForwardResult>> SendAsync(IReadOnlyList<QueuedObject> batch, CancellationToken cancellationToken)
        {
            int call = Interlocked.Increment(ref Calls);
            var results = batch.Select(q => new ForwardResult(q, answer(call, q), "scripted")).ToList();
            Delivered.AddRange(results.Where(r => r.Outcome == ForwardOutcome.Delivered).Select(r => r.Object.Path));
            return Task.FromResult<IReadOnlyList<ForwardResult>>(results);
        }
    }

    private static readonly ForwardingOptions Fast = new() { InitialRetryDelay = TimeSpan.FromMilliseconds(5), MaxRetryDelay = TimeSpan.FromMilliseconds(20), PermanentFailureAttempts = 3 };

    private static async Task<SpoolStore> SpoolWith(TempDirectory tmp, int count, string study = "1.2.3")
    {
        var spool = new SpoolStore(tmp.Path);
        for (int i = 0; i < count; i++)
            await spool.EnqueueAsync("d", study, (s, ct) => s.WriteAsync(new byte[] { (byte)i }, ct).AsTask(), CancellationToken.None);
        return spool;
    }

    [Fact]
    public async Task TransientFailures_AreRetried_UntilDelivered_AndTheQueueEmpties()
    {
        using var tmp = new TempDirectory("fwd");
        var spool = await SpoolWith(tmp, 5);
        var target = new ScriptedTarget("d", (call, _) => call <= 3 ? ForwardOutcome.RetryLater : ForwardOutcome.Delivered);
        var fwd = new Forwarder(target, spool, Fast, batchSize: 100, NullLogger.Instance);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal(5, await fwd.DrainAsync(cts.Token));
        Assert.Equal(4, target.Calls);
        Assert.Equal(5, target.Delivered.Distinct().Count());
        Assert.Equal(0, spool.CountQueued("d"));
    }

    [Fact]
    public async Task PermanentFailure_IsDeadLettered_AfterTheBudget_OthersDelivered()
    {
        using var tmp = new TempDirectory("fwd");
        var spool = await SpoolWith(tmp, 3);
        var bad = spool.ListQueuedByStudy("d")[0][1].Path;
        var target = new ScriptedTarget("d", (_, q) => q.Path == bad ? ForwardOutcome.Rejected : ForwardOutcome.Delivered);
        var fwd = new Forwarder(target, spool, Fast, batchSize: 100, NullLogger.Instance);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.Equal(2, await fwd.DrainAsync(cts.Token));
        Assert.Equal(3, target.Calls); // the refused object was tried PermanentFailureAttempts times
        Assert.Equal(0, spool.CountQueued("d"));
        Assert.Single(Directory.GetFiles(Path.Combine(spool.DeadLetterRoot, "d"), "*.dcm"));
    }

    [Fact]
    public async Task Batches_AreCutToTheAssociationLimit()
    {
        using var tmp = new TempDirectory("fwd");
        var spool = await SpoolWith(tmp, 7);
        var target = new ScriptedTarget("d", (_, _) => ForwardOutcome.Delivered);
        var fwd = new Forwarder(target, spool, Fast, batchSize: 3, NullLogger.Instance);
        Assert.Equal(7, await fwd.DrainAsync(CancellationToken.None));
        Assert.Equal(3, target.Calls);
    }

    [Fact]
    public async Task Cancellation_StopsRetrying_AndKeepsTheObjects()
    {
        using var tmp = new TempDirectory("fwd");
        var spool = await SpoolWith(tmp, 2);
        // Cancelled from inside the third attempt (not after a fixed time, which a loaded machine may spend before the
        // first retry); the 30 s bound only keeps a forwarder that never retries from hanging the test.
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var target = new ScriptedTarget("d", (call, _) =>
        {
            if (call == 3) cts.Cancel();
            return ForwardOutcome.RetryLater;
        });
        var fwd = new Forwarder(target, spool, Fast, batchSize: 10, NullLogger.Instance);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fwd.DrainAsync(cts.Token));
        Assert.True(target.Calls > 2);
        Assert.Equal(2, spool.CountQueued("d"));
    }
}
