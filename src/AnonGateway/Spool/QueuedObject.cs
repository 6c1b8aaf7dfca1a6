namespace AnonGateway.Spool;

/// <summary>An anonymized object waiting in a destination's queue: <c>queue/DEST/STUDY/ID.dcm</c>.</summary>
/// <param name="Destination">The destination's name.</param>
/// <param name="StudyKey">The folder that groups one study's objects (so they travel over one association).</param>
/// <param name="Path">The Part 10 file.</param>
public sealed record QueuedObject(string Destination, string StudyKey, string Path)
{
    /// <summary>How many times sending it failed permanently so far (kept in a small sidecar file).</summary>
    public string AttemptsPath => Path + ".attempts";
}
