using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AnonGateway.Spool;

/// <summary>The gateway's on-disk state, laid out so that a crash at any instant loses nothing the sender was told is safe:
/// <list type="bullet">
/// <item><c>incoming/ID.partial</c>: an object being received. Never acknowledged; discarded at restart.</item>
/// <item><c>queue/DEST/STUDY/ID.dcm</c>: anonymized, durably published (fsync + rename + folder fsync) <em>before</em> the
/// C-STORE response is sent; deleted only after the destination answered success or warning.</item>
/// <item><c>quarantine/ID.dcm</c> + <c>ID.json</c>: originals whose script failed (folder mode 0700: they hold PHI).</item>
/// <item><c>deadletter/DEST/ID.dcm</c> + <c>ID.json</c>: objects a destination refused permanently.</item>
/// <item><c>recycle/ID</c>: delivered files kept to be overwritten by the next objects (never read; emptied at start).</item>
/// </list></summary>
/// <remarks>Recycling: creating and deleting a file per object costs the file system an inode and block allocation each
/// time, and the new file's fdatasync a journal commit of that allocation. Overwriting a delivered file of about the same
/// size instead needs neither (measured on ext4: fdatasync of 0.5 MB 0.25 ms in place vs 0.57 ms for a new file).</remarks>
public sealed class SpoolStore
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    /// <summary>How many delivered files are kept for reuse at most (beyond that they are deleted).</summary>
    public const int MaxRecycled = 64;

    private readonly ConcurrentQueue<string> _recycled = new();

    // The folder names of the layout above (also read by SpoolStatus, which must not create them).
    internal const string IncomingFolder = "incoming";
    internal const string QueueFolder = "queue";
    internal const string QuarantineFolder = "quarantine";
    internal const string DeadLetterFolder = "deadletter";
    internal const string RecycleFolder = "recycle";

    public SpoolStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        Directory.CreateDirectory(IncomingDirectory);
        Directory.CreateDirectory(QueueRoot);
        Directory.CreateDirectory(DeadLetterRoot);
        Directory.CreateDirectory(RecycleDirectory);
        CreatePrivateDirectory(QuarantineDirectory);
    }

    public string Root { get; }
    public string IncomingDirectory => Path.Combine(Root, IncomingFolder);
    public string QueueRoot => Path.Combine(Root, QueueFolder);
    public string QuarantineDirectory => Path.Combine(Root, QuarantineFolder);
    public string DeadLetterRoot => Path.Combine(Root, DeadLetterFolder);
    public string RecycleDirectory => Path.Combine(Root, RecycleFolder);

    /// <summary>A fresh path under <c>incoming/</c> for an object about to be received.</summary>
    public string NewIncomingPath() => Path.Combine(IncomingDirectory, NewId() + ".partial");

    /// <summary>The queue folder of <paramref name="destination"/>.</summary>
    public string QueueDirectory(string destination) => Path.Combine(QueueRoot, SafeName(destination));

    /// <summary>Publishes an anonymized object into a destination's queue; when this returns the object is on disk.</summary>
    public async Task<QueuedObject> EnqueueAsync(string destination, string studyKey, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var study = SafeName(studyKey);
        var path = Path.Combine(QueueDirectory(destination), study, NewId() + ".dcm");
        _recycled.TryDequeue(out var reuse);
        await DurableFile.PublishAsync(path, write, cancellationToken, reuse).ConfigureAwait(false);
        return new QueuedObject(destination, study, path);
    }

    /// <summary>The objects waiting for <paramref name="destination"/>, grouped by study (oldest study first), oldest first within a study.</summary>
    public IReadOnlyList<IReadOnlyList<QueuedObject>> ListQueuedByStudy(string destination)
    {
        var dir = QueueDirectory(destination);
        if (!Directory.Exists(dir)) return [];
        var studies = new List<(DateTime, List<QueuedObject>)>();
        foreach (var studyDir in Directory.EnumerateDirectories(dir))
        {
            var key = Path.GetFileName(studyDir);
            var files = Directory.EnumerateFiles(studyDir, "*.dcm")
                .Select(f => (Time: File.GetLastWriteTimeUtc(f), Path: f))
                .OrderBy(f => f.Time).ThenBy(f => f.Path, StringComparer.Ordinal)
                .Select(f => new QueuedObject(destination, key, f.Path)).ToList();
            if (files.Count > 0) studies.Add((File.GetLastWriteTimeUtc(files[0].Path), files));
        }
        return [.. studies.OrderBy(s => s.Item1).Select(s => (IReadOnlyList<QueuedObject>)s.Item2)];
    }

    /// <summary>How many objects wait for <paramref name="destination"/>.</summary>
    public int CountQueued(string destination)
    {
        var dir = QueueDirectory(destination);
        return Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*.dcm", SearchOption.AllDirectories).Count() : 0;
    }

    /// <summary>The destination confirmed the object: remove it from the queue.</summary>
    public void Complete(QueuedObject queued)
    {
        ArgumentNullException.ThrowIfNull(queued);
        Recycle(queued.Path);
        DurableFile.TryDelete(queued.AttemptsPath);
        // The study folder stays: removing it here would race with the receiver publishing the study's next object
        // into it (measured: objects refused with A700). Empty folders go at the next start.
    }

    // A delivered file goes to recycle/ for the next object to overwrite (a rename: no data is copied, nothing synced —
    // if it is lost at a crash, nothing was lost). The queue of reusable files lives in memory and starts empty.
    private void Recycle(string path)
    {
        if (_recycled.Count >= MaxRecycled) { DurableFile.TryDelete(path); return; }
        var target = Path.Combine(RecycleDirectory, Guid.NewGuid().ToString("N"));
        try { File.Move(path, target); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            DurableFile.TryDelete(path);
            return;
        }
        _recycled.Enqueue(target);
    }

    /// <summary>Counts one more permanent failure of <paramref name="queued"/> and returns the total so far.</summary>
    public int RecordPermanentFailure(QueuedObject queued)
    {
        ArgumentNullException.ThrowIfNull(queued);
        int attempts = 0;
        try { attempts = int.Parse(File.ReadAllText(queued.AttemptsPath), CultureInfo.InvariantCulture); }
        catch (Exception ex) when (ex is IOException or FormatException or UnauthorizedAccessException) { }
        attempts++;
        File.WriteAllText(queued.AttemptsPath, attempts.ToString(CultureInfo.InvariantCulture));
        return attempts;
    }

    /// <summary>Moves a queued object that the destination refuses for good to <c>deadletter/DEST/</c> with a reason.</summary>
    public void DeadLetter(QueuedObject queued, string reason)
    {
        ArgumentNullException.ThrowIfNull(queued);
        var dir = Path.Combine(DeadLetterRoot, SafeName(queued.Destination));
        var id = Path.GetFileNameWithoutExtension(queued.Path);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, id + ".json"), JsonSerializer.Serialize(new DeadLetterRecord(queued.Destination, reason, DateTimeOffset.UtcNow), s_json), Encoding.UTF8);
        DurableFile.Move(queued.Path, Path.Combine(dir, id + ".dcm"));
        DurableFile.TryDelete(queued.AttemptsPath);
    }

    /// <summary>Moves the received original whose script failed into quarantine, with its reason beside it.</summary>
    public string Quarantine(string originalPath, QuarantineRecord record)
    {
        var target = WriteQuarantineRecord(record);
        DurableFile.Move(originalPath, target);
        return target;
    }

    /// <summary>Writes a received original whose script failed into quarantine (durably), with its reason beside it.</summary>
    public async Task<string> QuarantineAsync(Func<Stream, CancellationToken, Task> write, QuarantineRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        var target = WriteQuarantineRecord(record);
        await DurableFile.PublishAsync(target, write, cancellationToken).ConfigureAwait(false);
        return target;
    }

    // Writes ID.json under quarantine/ and returns the path its object goes to (ID.dcm beside it).
    private string WriteQuarantineRecord(QuarantineRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var id = NewId();
        File.WriteAllText(Path.Combine(QuarantineDirectory, id + ".json"), JsonSerializer.Serialize(record, s_json), Encoding.UTF8);
        return Path.Combine(QuarantineDirectory, id + ".dcm");
    }

    /// <summary>Quarantined objects with their reasons, oldest first.</summary>
    public IReadOnlyList<(string Path, QuarantineRecord Record)> ListQuarantined()
    {
        var list = new List<(string, QuarantineRecord)>();
        foreach (var json in Directory.EnumerateFiles(QuarantineDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var dcm = Path.ChangeExtension(json, ".dcm");
            if (!File.Exists(dcm)) continue;
            var record = JsonSerializer.Deserialize<QuarantineRecord>(File.ReadAllText(json));
            if (record is not null) list.Add((dcm, record));
        }
        return list;
    }

    /// <summary>Removes a quarantined object (after a successful replay).</summary>
    public void ReleaseQuarantined(string path)
    {
        DurableFile.TryDelete(path);
        DurableFile.TryDelete(Path.ChangeExtension(path, ".json"));
    }

    /// <summary>At start: discards incoming objects that were never acknowledged and half-written temporary files.
    /// Returns how many files it removed.</summary>
    public int RecoverAfterRestart()
    {
        int removed = 0;
        foreach (var f in Directory.EnumerateFiles(IncomingDirectory, "*", SearchOption.AllDirectories)) { DurableFile.TryDelete(f); removed++; }
        foreach (var f in Directory.EnumerateFiles(QueueRoot, "*.tmp", SearchOption.AllDirectories)) { DurableFile.TryDelete(f); removed++; }
        foreach (var f in Directory.EnumerateFiles(RecycleDirectory)) DurableFile.TryDelete(f);
        foreach (var destination in Directory.EnumerateDirectories(QueueRoot))
            foreach (var study in Directory.EnumerateDirectories(destination)) RemoveIfEmpty(study);
        return removed;
    }

    private static string NewId() => DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");

    /// <summary>A folder name from a UID or destination name: keeps [A-Za-z0-9._-], replaces the rest.</summary>
    internal static string SafeName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "_";
        var chars = name.Trim().Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray();
        var s = new string(chars);
        return s is "." or ".." ? "_" : s;
    }

    private static void RemoveIfEmpty(string dir)
    {
        try { if (!Directory.EnumerateFileSystemEntries(dir).Any()) Directory.Delete(dir); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static void CreatePrivateDirectory(string path)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
