using AnonGateway.Configuration;
using AnonGateway.Spool;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace AnonGateway.Forwarding;

/// <summary>Drains one destination's queue: study by study, many objects per association, deleting a spool file only after
/// the destination confirmed it. Transient failures back off exponentially with jitter up to a cap (Polly) and never give
/// up; permanent ones are retried within a budget and then dead-lettered. One forwarder per destination, so a failing
/// destination never blocks another.</summary>
public sealed partial class Forwarder
{
    private readonly IForwardTarget _target;
    private readonly SpoolStore _spool;
    private readonly ForwardingOptions _options;
    private readonly int _batchSize;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _retry;

    public Forwarder(IForwardTarget target, SpoolStore spool, ForwardingOptions options, int batchSize, ILogger logger, TimeProvider? time = null)
    {
        _target = target ?? throw new ArgumentNullException(nameof(target));
        _spool = spool ?? throw new ArgumentNullException(nameof(spool));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _batchSize = Math.Max(1, batchSize);
        var builder = new ResiliencePipelineBuilder();
        if (time is not null) builder.TimeProvider = time;
        _retry = builder.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<TransientForwardingException>(),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.InitialRetryDelay,
            MaxDelay = options.MaxRetryDelay,
            MaxRetryAttempts = int.MaxValue,
            OnRetry = args =>
            {
                LogRetry(_logger, _target.Name, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    /// <summary>Sends everything queued now; returns how many objects were delivered.</summary>
    public async Task<int> DrainAsync(CancellationToken cancellationToken)
    {
        int delivered = 0;
        foreach (var study in _spool.ListQueuedByStudy(_target.Name))
        {
            foreach (var chunk in study.Chunk(_batchSize))
            {
                var pending = chunk.ToList();
                await _retry.ExecuteAsync(async ct =>
                {
                    var results = await _target.SendAsync(pending, ct).ConfigureAwait(false);
                    var byPath = results.ToDictionary(r => r.Object.Path, StringComparer.Ordinal);
                    var again = new List<QueuedObject>();
                    foreach (var q in pending)
                    {
                        var r = byPath.GetValueOrDefault(q.Path) ?? new ForwardResult(q, ForwardOutcome.RetryLater, "no answer for the object");
                        switch (r.Outcome)
                        {
                            case ForwardOutcome.Delivered:
                                _spool.Complete(q);
                                delivered++;
                                break;
                            case ForwardOutcome.Rejected:
                                int attempts = _spool.RecordPermanentFailure(q);
                                if (attempts >= _options.PermanentFailureAttempts)
                                {
                                    _spool.DeadLetter(q, r.Message ?? "rejected");
                                    LogDeadLetter(_logger, _target.Name, Path.GetFileName(q.Path), attempts, r.Message);
                                }
                                else again.Add(q);
                                break;
                            default:
                                again.Add(q);
                                break;
                        }
                    }
                    if (again.Count > 0)
                    {
                        pending = again;
                        throw new TransientForwardingException($"{again.Count} of the batch not delivered yet: {results.FirstOrDefault(r => r.Outcome != ForwardOutcome.Delivered)?.Message}");
                    }
                }, cancellationToken).ConfigureAwait(false);
            }
        }
        return delivered;
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Warning, Message = "Forwarding to {Destination}: attempt {Attempt} in {Delay}: {Reason}")]
    private static partial void LogRetry(ILogger logger, string destination, int attempt, TimeSpan delay, string? reason);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Error, Message = "Forwarding to {Destination}: {File} refused {Attempts} times, moved to dead letters: {Reason}")]
    private static partial void LogDeadLetter(ILogger logger, string destination, string file, int attempts, string? reason);
}
