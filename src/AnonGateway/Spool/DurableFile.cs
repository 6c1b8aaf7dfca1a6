using System.Runtime.InteropServices;

namespace AnonGateway.Spool;

/// <summary>Crash-safe file publication: write to a temporary name, flush to disk, rename, flush the folder.
/// After <see cref="PublishAsync"/> returns, the file survives a power loss under its final name or not at all.</summary>
public static partial class DurableFile
{
    /// <summary>Writes through <paramref name="write"/> into <paramref name="finalPath"/>.tmp, fsyncs it, renames it to
    /// <paramref name="finalPath"/> (replacing) and fsyncs the folder.</summary>
    /// <param name="finalPath">Where the file is published.</param>
    /// <param name="write">Writes the content.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <param name="reuse">An existing file on the same file system to overwrite instead of creating one (it then serves as
    /// the temporary file: written in place, cut to the new length, flushed, renamed), or null.</param>
    public static async Task PublishAsync(string finalPath, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken, string? reuse = null)
    {
        ArgumentNullException.ThrowIfNull(write);
        var dir = Path.GetDirectoryName(Path.GetFullPath(finalPath))!;
        Directory.CreateDirectory(dir);
        // A reused file is written where it lies (its folder is emptied at every start, so a half-written one is never
        // taken for an object) and then renamed into place: one rename, as for a new temporary file.
        bool reusing = reuse is not null && File.Exists(reuse);
        var tmp = reusing ? reuse! : finalPath + ".tmp";
        var mode = reusing ? FileMode.Open : FileMode.Create;
        try
        {
            // Synchronous file I/O: a page-cache write and fdatasync gain nothing from the thread pool's async file path,
            // and each hop costs a thread wake-up on a busy machine (measured: writing a 0.5 MB result fell from 0.85 to 0.4 ms).
            using (var stream = new FileStream(tmp, mode, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                if (mode == FileMode.Open) stream.SetLength(stream.Position);
                stream.Flush();
                FlushFileData(stream);
            }
            File.Move(tmp, finalPath, overwrite: true);
            FlushDirectory(dir);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    /// <summary>Moves a file that is already on disk to <paramref name="destination"/> durably (same file system: a rename).</summary>
    public static void Move(string source, string destination)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(dir);
        using (var s = new FileStream(source, FileMode.Open, FileAccess.ReadWrite, FileShare.Read)) s.Flush(flushToDisk: true);
        File.Move(source, destination, overwrite: true);
        FlushDirectory(dir);
        var srcDir = Path.GetDirectoryName(Path.GetFullPath(source))!;
        if (!string.Equals(srcDir, dir, StringComparison.Ordinal)) FlushDirectory(srcDir);
    }

    /// <summary>fdatasync (Linux): the data and the metadata needed to read it back (size, blocks) reach the disk, without
    /// waiting for timestamps; elsewhere a full flush.</summary>
    private static void FlushFileData(FileStream stream)
    {
        if (!OperatingSystem.IsLinux()) { stream.Flush(flushToDisk: true); return; }
        if (Native.fdatasync(stream.SafeFileHandle) != 0) throw new IOException($"fdatasync of {stream.Name} failed (errno {Marshal.GetLastPInvokeError()})");
    }

    /// <summary>fsync on a folder so that a rename inside it is on disk (POSIX; a no-op elsewhere).</summary>
    public static void FlushDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) return;
        int fd = Native.open(directory, 0 /* O_RDONLY */);
        if (fd < 0) throw new IOException($"cannot open folder {directory} to flush it (errno {Marshal.GetLastPInvokeError()})");
        try
        {
            if (Native.fsync(fd) != 0) throw new IOException($"fsync of folder {directory} failed (errno {Marshal.GetLastPInvokeError()})");
        }
        finally { _ = Native.close(fd); }
    }

    /// <summary>Deletes a file, ignoring a file that is already gone.</summary>
    public static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static partial class Native
    {
        [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        internal static partial int open(string path, int flags);

        [LibraryImport("libc", SetLastError = true)]
        internal static partial int fsync(int fd);

        [LibraryImport("libc", SetLastError = true)]
        internal static partial int close(int fd);

        [LibraryImport("libc", SetLastError = true)]
        internal static partial int fdatasync(Microsoft.Win32.SafeHandles.SafeFileHandle fd);
    }
}
