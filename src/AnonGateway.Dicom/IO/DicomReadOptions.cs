namespace AnonGateway.Dicom.IO;

/// <summary>How a data set is read: limits, and when big values are left in the file.</summary>
/// <remarks>Per read (DCMTK keeps such switches as process globals; we pass them in).</remarks>
public sealed record DicomReadOptions
{
    /// <summary>The defaults: nesting limit 64, values of 1 MiB and more left in the file.</summary>
    public static DicomReadOptions Default { get; } = new();

    /// <summary>The deepest sequence nesting accepted (a top-level sequence is depth 1); deeper input is rejected
    /// rather than risking the stack.</summary>
    public int MaxNestingDepth { get; init; } = 64;

    /// <summary>Values (and pixel fragments) of at least this many bytes, read from a seekable file in a
    /// little-endian, non-deflated syntax, are not loaded: they become references into the file
    /// (<see cref="Data.ElementValue.FromFile"/>). <see cref="long.MaxValue"/> loads everything.</summary>
    public long LargeValueThreshold { get; init; } = 1 << 20;

    /// <summary>When reading from memory, values (and pixel fragments) of at least <see cref="LargeValueThreshold"/>
    /// bytes in a little-endian, non-deflated syntax are slices of the caller's buffer instead of copies. The caller
    /// must keep the buffer unchanged for as long as the data set is in use (a receiver that parses an object from a
    /// pooled buffer, rewrites it and then returns the buffer).</summary>
    public bool ShareMemory { get; init; }

    /// <summary>When false, Part 10 reading stops after the File Meta Information (for peeking at the transfer
    /// syntax and SOP UIDs without parsing the data set).</summary>
    public bool ReadDataset { get; init; } = true;
}
