using System.IO.Compression;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.TransferSyntaxes;

namespace AnonGateway.Dicom.IO;

/// <summary>A DICOM file (PS3.10): its File Meta Information, if it has one, and its data set.</summary>
/// <remarks>Reading tolerates what DCMTK tolerates: no preamble, no meta group (the transfer syntax is then sniffed from
/// the first element), a meta group without or with a wrong group length, a meta group without a transfer syntax.</remarks>
public sealed class DicomFile
{
    private static readonly byte[] s_magic = "DICM"u8.ToArray();

    /// <summary>Creates a file from its parts.</summary>
    public DicomFile(FileMetaInformation? meta, DicomDataset dataset, TransferSyntax transferSyntax)
    {
        Meta = meta;
        Dataset = dataset ?? throw new ArgumentNullException(nameof(dataset));
        TransferSyntax = transferSyntax ?? throw new ArgumentNullException(nameof(transferSyntax));
    }

    /// <summary>The meta group as read, or null for a file without one (ACR-NEMA style or a bare data set).</summary>
    public FileMetaInformation? Meta { get; }

    /// <summary>The data set (group 0002 elements that stray into it stay there).</summary>
    public DicomDataset Dataset { get; }

    /// <summary>The syntax the data set was encoded in (from the meta group, else sniffed).</summary>
    public TransferSyntax TransferSyntax { get; }

    /// <summary>Whether the file began with the 128-byte preamble and "DICM".</summary>
    public bool HadPreamble { get; init; }

    /// <summary>Where the data set begins in what was read (after the preamble and the meta group), so that a sender can
    /// send the stored data set bytes as they are; null for a file made in memory.</summary>
    public long? DataSetOffset { get; init; }

    /// <summary>Reads the file at <paramref name="path"/>; values of at least
    /// <see cref="DicomReadOptions.LargeValueThreshold"/> bytes stay in the file and are read when asked for.</summary>
    /// <exception cref="DicomFormatException">The file is not DICOM or is damaged beyond what we tolerate.</exception>
    public static DicomFile Open(string path, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var input = new DicomInput(stream, filePath: Path.GetFullPath(path));
        return Read(input, options ?? DicomReadOptions.Default);
    }

    /// <summary>Reads a Part 10 file from <paramref name="stream"/> (every value is loaded into memory).</summary>
    /// <exception cref="DicomFormatException">The bytes are not DICOM or are damaged beyond what we tolerate.</exception>
    public static DicomFile Open(Stream stream, DicomReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = new DicomInput(stream);
        return Read(input, options ?? DicomReadOptions.Default);
    }

    /// <summary>Reads a Part 10 file held in memory (values are copied out of the buffer, except large ones when
    /// <see cref="DicomReadOptions.ShareMemory"/> is set).</summary>
    /// <exception cref="DicomFormatException">The bytes are not DICOM or are damaged beyond what we tolerate.</exception>
    public static DicomFile Open(ReadOnlyMemory<byte> bytes, DicomReadOptions? options = null)
    {
        using var input = new DicomInput(bytes);
        return Read(input, options ?? DicomReadOptions.Default);
    }

    /// <summary>Writes <paramref name="dataset"/> as a Part 10 file in <paramref name="transferSyntax"/> with a regenerated
    /// meta group (<see cref="FileMetaInformation.ForDataset"/>), through a temporary file renamed into place.</summary>
    /// <remarks>Do not save over the file a data set was read from while its large values are still file references.</remarks>
    public static void Save(string path, DicomDataset dataset, TransferSyntax transferSyntax, FileMetaInformation? meta = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fresh = FileMetaInformation.ForDataset(dataset, transferSyntax, meta);
        var full = Path.GetFullPath(path);
        var temp = full + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
                Part10Writer.Write(stream, fresh, dataset);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes this file's data set to <paramref name="path"/> in <paramref name="transferSyntax"/> (default: the one it was read in).</summary>
    public void Save(string path, TransferSyntax? transferSyntax = null) => Save(path, Dataset, transferSyntax ?? TransferSyntax, Meta);

    private static DicomFile Read(DicomInput input, DicomReadOptions options)
    {
        long at = input.Position;
        try
        {
            return ReadCore(input, options);
        }
        catch (InvalidDataException ex)
        {
            throw new DicomFormatException("the deflated data set cannot be inflated: " + ex.Message, input.Position, ex);
        }
        catch (EndOfStreamException ex)
        {
            throw new DicomFormatException("the data ended unexpectedly", Math.Max(at, input.Position), ex);
        }
    }

    private static DicomFile ReadCore(DicomInput input, DicomReadOptions options)
    {
        bool preamble = false;
        if (input.TryEnsure(132) && input.Peek(132)[128..].SequenceEqual(s_magic))
        {
            input.Advance(132);
            preamble = true;
        }
        else if (input.TryEnsure(4) && input.Peek(4).SequenceEqual(s_magic))
        {
            input.Advance(4);
        }
        if (!input.TryEnsure(8))
            throw new DicomFormatException(input.Available == 0 ? "the file is empty after the preamble" : "the file is too short to hold a DICOM element", input.Position);

        FileMetaInformation? meta = null;
        var head = input.Peek(8);
        if (head[0] == 0x02 && head[1] == 0x00)
        {
            meta = ReadMeta(input, options);
        }
        else if (preamble == false && !LooksLikeDataset(head))
        {
            throw new DicomFormatException("not a DICOM file: no \"DICM\" after a preamble, and the first bytes are no data element", 0);
        }

        long dataSetOffset = input.Position;
        TransferSyntax syntax;
        if (meta?.TransferSyntaxUid is { Length: > 0 } uid) syntax = TransferSyntax.Lookup(uid);
        else syntax = input.TryEnsure(6) ? Sniff(input.Peek(6)) : TransferSyntax.ImplicitVRLittleEndian;

        var dataset = new DicomDataset();
        if (options.ReadDataset)
        {
            if (syntax.IsDeflated)
            {
                long baseOffset = input.Position;
                using var inflater = new DeflateStream(input.RemainingAsStream(), CompressionMode.Decompress, leaveOpen: true);
                using var inflated = new DicomInput(inflater, baseOffset);
                new DatasetParser(inflated, options, mayReference: false).ReadTopLevel(dataset, DicomEncoding.Of(syntax));
            }
            else
            {
                new DatasetParser(input, options, mayReference: !syntax.IsBigEndian).ReadTopLevel(dataset, DicomEncoding.Of(syntax));
            }
        }
        return new DicomFile(meta, dataset, syntax) { HadPreamble = preamble, DataSetOffset = dataSetOffset };
    }

    private static FileMetaInformation ReadMeta(DicomInput input, DicomReadOptions options)
    {
        var elements = new DicomDataset();
        // Old writers put an implicit VR meta group: accept it when the VR bytes are no VR.
        var head = input.Peek(8);
        var encoding = DicomVRInfo.FromBytes(head[4], head[5]) == DicomVR.None ? DicomEncoding.ImplicitLittleEndian : DicomEncoding.ExplicitLittleEndian;
        var parser = new DatasetParser(input, options, mayReference: false);
        parser.ReadWhile(elements, encoding, t => t == DicomTag.FileMetaInformationGroupLength, -1);
        long stopAt = -1;
        if (elements.Get(DicomTag.FileMetaInformationGroupLength) is DicomValueElement { Length: 4 } gl)
            stopAt = input.Position + System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(gl.Value.Memory.Span);
        // Stop where the group length says when an element ends exactly there (later group 0002 elements then belong to
        // the data set); a wrong group length that cuts an element is ignored and the group read by tag (DCMTK does the same).
        parser.ReadWhile(elements, encoding, t => t.Group == 0x0002, stopAt);
        return new FileMetaInformation(elements);
    }

    // A data set starts with a tag of a low group; its VR bytes (explicit) or length (implicit) follow.
    private static bool LooksLikeDataset(ReadOnlySpan<byte> head)
    {
        ushort groupLE = (ushort)(head[0] | head[1] << 8);
        ushort groupBE = (ushort)(head[0] << 8 | head[1]);
        bool vrOk = DicomVRInfo.FromBytes(head[4], head[5]) != DicomVR.None;
        bool lowGroup = groupLE is >= 0x0002 and <= 0x00FF || groupBE is >= 0x0002 and <= 0x00FF;
        bool evenGroup = (groupLE & 1) == 0;
        return lowGroup && evenGroup || vrOk && lowGroup;
    }

    /// <summary>Guesses the syntax of a data set without meta group from its first element, as DCMTK does.</summary>
    internal static TransferSyntax Sniff(ReadOnlySpan<byte> head)
    {
        bool explicitVR = DicomVRInfo.FromBytes(head[4], head[5]) != DicomVR.None;
        bool bigEndian = head[0] == 0 && head[1] != 0;
        if (!explicitVR) return TransferSyntax.ImplicitVRLittleEndian;
        return bigEndian ? TransferSyntax.ExplicitVRBigEndian : TransferSyntax.ExplicitVRLittleEndian;
    }
}
