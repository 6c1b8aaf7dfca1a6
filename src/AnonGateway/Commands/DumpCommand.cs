using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;

namespace AnonGateway.Commands;

/// <summary><c>anongw dump FILE...</c>: prints every element, one per line, in a layout that lines up with DCMTK's
/// dcmdump (<c>(gggg,eeee) VR value  # length, VM Keyword</c>, two spaces of indentation per nesting level).</summary>
/// <remarks>A file that cannot be read prints one line <c>FILE: offset 0x…: what was wrong</c> on standard error and
/// makes the exit code 1; the other files are still dumped.</remarks>
internal static class DumpCommand
{
    private const int ShortValueLimit = 64;

    public static Command Create()
    {
        var files = new Argument<string[]>("files") { Description = "DICOM files to print", Arity = ArgumentArity.OneOrMore };
        var full = new Option<bool>("--full", "-L") { Description = "print long values completely (dcmdump +L)" };
        var saveAs = new Option<string?>("--save-as") { Description = "also write the (single) file back out to this path: Part 10, same transfer syntax, regenerated meta group" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "print nothing for files that read; report only errors (with --save-as: a read and write check)" };
        var command = new Command("dump", "Print the elements of DICOM files, one per line (like dcmdump).") { files, full, saveAs, quiet };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(full), parse.GetValue(saveAs), parse.GetValue(quiet), Console.Out, Console.Error));
        return command;
    }

    /// <summary>Dumps <paramref name="paths"/>; 0 when every file read (and, with <paramref name="saveAs"/>, was written).</summary>
    internal static int Run(IReadOnlyList<string> paths, bool full, string? saveAs, bool quiet, TextWriter output, TextWriter error)
    {
        if (saveAs is not null && paths.Count != 1)
        {
            error.WriteLine("--save-as takes exactly one input file");
            return 2;
        }
        int status = 0;
        foreach (var path in paths)
        {
            DicomFile file;
            try
            {
                file = DicomFile.Open(path);
            }
            catch (DicomFormatException ex)
            {
                error.WriteLine($"{path}: {ex.Describe()}");
                status = 1;
                continue;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"{path}: cannot read: {ex.Message}");
                status = 1;
                continue;
            }
            if (!quiet)
            {
                var text = new StringBuilder();
                Format(file, full, text);
                if (paths.Count > 1) output.WriteLine($"# {path}");
                output.Write(text.ToString());
            }
            if (saveAs is not null)
            {
                try
                {
                    DicomFile.Save(saveAs, file.Dataset, file.TransferSyntax, file.Meta);
                }
                catch (Exception ex) when (ex is DicomEncodingException or IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"{saveAs}: cannot write: {ex.Message}");
                    status = 1;
                }
            }
        }
        return status;
    }

    /// <summary>The dump text of one file.</summary>
    internal static void Format(DicomFile file, bool full, StringBuilder text)
    {
        if (file.Meta is { } meta)
        {
            text.AppendLine("# File Meta Information");
            FormatDataset(meta.Elements, 0, full, text);
        }
        text.Append("# Data set: ").AppendLine(file.TransferSyntax.ToString());
        FormatDataset(file.Dataset, 0, full, text);
    }

    private static void FormatDataset(DicomDataset dataset, int depth, bool full, StringBuilder text)
    {
        foreach (var element in dataset.Elements)
        {
            switch (element)
            {
                case DicomSequence sq:
                    Line(text, depth, sq.Tag, "SQ", $"(Sequence with {(sq.UndefinedLength ? "undefined" : "defined")} length, {sq.Items.Count} item{(sq.Items.Count == 1 ? "" : "s")})", null, sq.Items.Count, sq.Tag);
                    for (int i = 0; i < sq.Items.Count; i++)
                    {
                        var item = sq.Items[i];
                        Line(text, depth + 1, DicomTag.Item, "na", $"(Item {i + 1} with {(item.UndefinedLength ? "undefined" : "defined")} length, {item.Count} element{(item.Count == 1 ? "" : "s")})", null, 1, null);
                        FormatDataset(item, depth + 2, full, text);
                        Line(text, depth + 1, DicomTag.ItemDelimitationItem, "na", "(End of item)", 0, 0, null);
                    }
                    Line(text, depth, DicomTag.SequenceDelimitationItem, "na", "(End of sequence)", 0, 0, null);
                    break;
                case DicomFragmentSequence fs:
                    Line(text, depth, fs.Tag, fs.VR.Code(), $"(Encapsulated, {fs.Fragments.Count} fragment{(fs.Fragments.Count == 1 ? "" : "s")} after the offset table)", null, 1, fs.Tag);
                    Fragment(text, depth + 1, fs.OffsetTable, full);
                    foreach (var f in fs.Fragments) Fragment(text, depth + 1, f, full);
                    Line(text, depth, DicomTag.SequenceDelimitationItem, "na", "(End of encapsulated data)", 0, 0, null);
                    break;
                case DicomValueElement v:
                    var (value, vm) = FormatValue(dataset, v, full);
                    Line(text, depth, v.Tag, v.VR.Code(), value, v.Length, vm, v.Tag);
                    break;
            }
        }
    }

    private static void Fragment(StringBuilder text, int depth, ElementValue value, bool full)
    {
        string shown = value.Length == 0 ? "(no value)" : !value.IsInMemory && !full ? $"({value.Length} bytes left in the file)" : Hex(value.Memory.Span, 1, full);
        Line(text, depth, DicomTag.Item, "pi", shown, value.Length, 1, null);
    }

    private static void Line(StringBuilder text, int depth, DicomTag tag, string vr, string value, long? length, int vm, DicomTag? keywordOf)
    {
        text.Append(' ', depth * 2);
        text.Append(CultureInfo.InvariantCulture, $"({tag.Group:x4},{tag.Element:x4}) {vr} {value}");
        int pad = Math.Max(1, 40 - value.Length);
        text.Append(' ', pad).Append("# ");
        text.Append(length is { } n ? n.ToString(CultureInfo.InvariantCulture) : "u/l");
        text.Append(", ").Append(vm.ToString(CultureInfo.InvariantCulture));
        var keyword = keywordOf is { } k ? KeywordOf(k) : tag == DicomTag.Item ? "Item" : tag == DicomTag.ItemDelimitationItem ? "ItemDelimitationItem" : "SequenceDelimitationItem";
        if (keyword.Length > 0) text.Append(' ').Append(keyword);
        text.AppendLine();
    }

    private static string KeywordOf(DicomTag tag)
    {
        if (tag.Element == 0 && !tag.IsDelimiter && DicomDictionary.Lookup(tag) is null) return "GroupLength";
        var keyword = DicomDictionary.KeywordOf(tag);
        return keyword.Length > 0 ? keyword : tag.IsPrivateCreator ? "PrivateCreator" : tag.IsPrivate ? "PrivateTag" : "UnknownTag";
    }

    /// <summary>The shown value and the value multiplicity.</summary>
    private static (string Value, int VM) FormatValue(DicomDataset dataset, DicomValueElement e, bool full)
    {
        if (e.Length == 0) return ("(no value)", 0);
        if (!e.Value.IsInMemory && !full) return ($"({e.Length} bytes left in the file)", 1);
        var vr = e.VR;
        if (vr.IsString())
        {
            var s = dataset.GetString(e.Tag) ?? "";
            int vm = vr.IsMultiValueString() ? s.Split('\\').Length : 1;
            if (!full && s.Length > ShortValueLimit) s = s[..ShortValueLimit] + "...";
            return ("[" + s + "]", vm);
        }
        var bytes = e.Value.Memory.Span;
        var inv = CultureInfo.InvariantCulture;
        return vr switch
        {
            DicomVR.US => Numbers(MemoryMarshal.Cast<byte, ushort>(Whole(bytes, 2)), x => x.ToString(inv), full),
            DicomVR.SS => Numbers(MemoryMarshal.Cast<byte, short>(Whole(bytes, 2)), x => x.ToString(inv), full),
            DicomVR.UL => Numbers(MemoryMarshal.Cast<byte, uint>(Whole(bytes, 4)), x => x.ToString(inv), full),
            DicomVR.SL => Numbers(MemoryMarshal.Cast<byte, int>(Whole(bytes, 4)), x => x.ToString(inv), full),
            DicomVR.OL => Numbers(MemoryMarshal.Cast<byte, uint>(Whole(bytes, 4)), x => x.ToString(inv), full),
            DicomVR.FL or DicomVR.OF => Numbers(MemoryMarshal.Cast<byte, float>(Whole(bytes, 4)), x => x.ToString("R", inv), full),
            DicomVR.FD or DicomVR.OD => Numbers(MemoryMarshal.Cast<byte, double>(Whole(bytes, 8)), x => x.ToString("R", inv), full),
            DicomVR.SV => Numbers(MemoryMarshal.Cast<byte, long>(Whole(bytes, 8)), x => x.ToString(inv), full),
            DicomVR.UV or DicomVR.OV => Numbers(MemoryMarshal.Cast<byte, ulong>(Whole(bytes, 8)), x => x.ToString(inv), full),
            DicomVR.AT => Tags(bytes, full),
            DicomVR.OW => (Hex(bytes, 2, full), 1),
            _ => (Hex(bytes, 1, full), 1),
        };
    }

    private static ReadOnlySpan<byte> Whole(ReadOnlySpan<byte> bytes, int size) => bytes[..(bytes.Length / size * size)];

    private static (string, int) Numbers<T>(ReadOnlySpan<T> values, Func<T, string> format, bool full)
    {
        int shown = full ? values.Length : Math.Min(values.Length, 16);
        var sb = new StringBuilder();
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append('\\');
            sb.Append(format(values[i]));
        }
        if (shown < values.Length) sb.Append("...");
        return (sb.ToString(), values.Length);
    }

    private static (string, int) Tags(ReadOnlySpan<byte> bytes, bool full)
    {
        var words = MemoryMarshal.Cast<byte, ushort>(Whole(bytes, 4));
        int count = words.Length / 2;
        int shown = full ? count : Math.Min(count, 16);
        var sb = new StringBuilder();
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append('\\');
            sb.Append(CultureInfo.InvariantCulture, $"({words[2 * i]:x4},{words[2 * i + 1]:x4})");
        }
        if (shown < count) sb.Append("...");
        return (sb.ToString(), count);
    }

    // Bytes (unit 1) or 16-bit words (unit 2) in lower-case hex separated by backslashes, as dcmdump shows OB and OW.
    private static string Hex(ReadOnlySpan<byte> bytes, int unit, bool full)
    {
        int units = unit == 2 ? bytes.Length / 2 : bytes.Length;
        int shown = full ? units : Math.Min(units, 24);
        var sb = new StringBuilder(shown * (unit * 2 + 1));
        for (int i = 0; i < shown; i++)
        {
            if (i > 0) sb.Append('\\');
            if (unit == 2) sb.Append(CultureInfo.InvariantCulture, $"{(ushort)(bytes[2 * i] | bytes[2 * i + 1] << 8):x4}");
            else sb.Append(CultureInfo.InvariantCulture, $"{bytes[i]:x2}");
        }
        if (shown < units) sb.Append("...");
        return sb.ToString();
    }
}
