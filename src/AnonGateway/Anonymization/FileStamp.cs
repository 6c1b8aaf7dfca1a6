namespace AnonGateway.Anonymization;

/// <summary>The last-write time of a file the gateway reloads when it changes (polled: change notifications do not work
/// on every file system).</summary>
internal sealed class FileStamp(string path)
{
    private DateTime _lastWrite = File.GetLastWriteTimeUtc(path);

    /// <summary>Whether the file changed since the last call (or since construction); the new time is remembered either
    /// way, so a version that is then refused is not retried until it changes again. <paramref name="error"/> is set when
    /// the file cannot be examined.</summary>
    public bool Changed(out string? error)
    {
        error = null;
        DateTime stamp;
        try { stamp = File.GetLastWriteTimeUtc(path); }
        catch (IOException ex) { error = ex.Message; return false; }
        if (stamp == _lastWrite) return false;
        _lastWrite = stamp;
        return true;
    }
}
