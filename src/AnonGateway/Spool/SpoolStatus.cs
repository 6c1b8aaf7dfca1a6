using System.Text.Json;

namespace AnonGateway.Spool;

/// <summary>What waits in a spool, read from its folders (a running gateway need not be asked): per destination the
/// queued and dead-lettered objects, and the quarantined ones. For <c>anongw status</c> and monitoring.</summary>
public sealed record SpoolStatus
{
    /// <summary>The spool's folder.</summary>
    public required string Root { get; init; }

    /// <summary>One line per destination, configured or found in the spool.</summary>
    public required IReadOnlyList<DestinationStatus> Destinations { get; init; }

    /// <summary>Objects whose script failed, waiting for <c>anongw replay</c>.</summary>
    public required int Quarantined { get; init; }

    /// <summary>The newest quarantine reason, if any (locations only, never a patient value).</summary>
    public QuarantineRecord? LatestQuarantine { get; init; }

    /// <summary>Objects being received right now (or left by a crash: discarded at the next start).</summary>
    public required int Incoming { get; init; }

    /// <summary>Whether someone has to act: something is quarantined or dead-lettered.</summary>
    public bool NeedsAttention => Quarantined > 0 || Destinations.Any(d => d.DeadLettered > 0);

    /// <summary>Reads the state of the spool at <paramref name="root"/>; a spool that does not exist yet is empty.</summary>
    public static SpoolStatus Read(string root, IEnumerable<string> configuredDestinations, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(configuredDestinations);
        root = Path.GetFullPath(root);
        // Folder names, as the spool makes them from destination names.
        var names = new SortedSet<string>(configuredDestinations.Select(SpoolStore.SafeName), StringComparer.Ordinal);
        foreach (var sub in new[] { SpoolStore.QueueFolder, SpoolStore.DeadLetterFolder })
        {
            var dir = Path.Combine(root, sub);
            if (Directory.Exists(dir)) foreach (var d in Directory.EnumerateDirectories(dir)) names.Add(Path.GetFileName(d));
        }
        var destinations = names.Select(n => ReadDestination(root, n, now)).ToList();
        var quarantine = Path.Combine(root, SpoolStore.QuarantineFolder);
        return new SpoolStatus
        {
            Root = root,
            Destinations = destinations,
            Quarantined = Files(quarantine, "*.dcm", SearchOption.TopDirectoryOnly).Count,
            LatestQuarantine = NewestRecord<QuarantineRecord>(quarantine),
            Incoming = Files(Path.Combine(root, SpoolStore.IncomingFolder), "*", SearchOption.AllDirectories).Count,
        };
    }

    private static DestinationStatus ReadDestination(string root, string name, DateTimeOffset now)
    {
        var queued = Files(Path.Combine(root, SpoolStore.QueueFolder, name), "*.dcm", SearchOption.AllDirectories);
        TimeSpan? oldest = null;
        foreach (var f in queued)
        {
            try
            {
                var age = now - new DateTimeOffset(File.GetLastWriteTimeUtc(f), TimeSpan.Zero);
                if (oldest is null || age > oldest) oldest = age;
            }
            catch (IOException) { } // delivered while we looked
        }
        var deadDir = Path.Combine(root, SpoolStore.DeadLetterFolder, name);
        return new DestinationStatus(name, queued.Count, oldest is { } o && o < TimeSpan.Zero ? TimeSpan.Zero : oldest,
            Files(deadDir, "*.dcm", SearchOption.TopDirectoryOnly).Count, NewestRecord<DeadLetterRecord>(deadDir)?.Reason);
    }

    // The newest ID.json in a folder (IDs start with their UTC time, so the greatest name is the newest), or null.
    private static T? NewestRecord<T>(string dir) where T : class
    {
        var newest = Files(dir, "*.json", SearchOption.TopDirectoryOnly).Max(StringComparer.Ordinal);
        if (newest is null) return null;
        try { return JsonSerializer.Deserialize<T>(File.ReadAllText(newest)); }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException) { return null; }
    }

    private static List<string> Files(string dir, string pattern, SearchOption option)
    {
        try { return Directory.Exists(dir) ? [.. Directory.EnumerateFiles(dir, pattern, option)] : []; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return []; }
    }
}

/// <summary>One destination's part of the spool.</summary>
/// <param name="Name">The destination's name.</param>
/// <param name="Queued">Objects waiting to be forwarded.</param>
/// <param name="OldestQueued">How long the oldest of them has waited, when there is one.</param>
/// <param name="DeadLettered">Objects the destination refused for good (in <c>deadletter/NAME/</c>).</param>
/// <param name="LatestDeadLetterReason">Why the newest of those was refused.</param>
public sealed record DestinationStatus(string Name, int Queued, TimeSpan? OldestQueued, int DeadLettered, string? LatestDeadLetterReason);
