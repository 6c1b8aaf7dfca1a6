using System.Buffers.Binary;
using System.Globalization;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>alterPixels["rectangle", "l=…, t=…, r=…, b=…", "solid", "v=…"]</c> (spec §9.23): writes the stored value
/// v into the rectangle (left/top inclusive, right/bottom exclusive, clipped) of every frame of native pixel data.</summary>
/// <remarks>Encapsulated (compressed) pixel data is refused with a clear error: the core has no codecs, and
/// forwarding it unedited would leak burned-in text.</remarks>
internal sealed class AlterPixelsFunction : ScriptFunction
{
    public override string Name => "alterPixels";
    public override int MinArguments => 4;
    public override int MaxArguments => 4;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var shape = Arguments.RequiredText(arguments[0], context, Name, 0).Trim();
        var shapeParams = Parameters(Arguments.RequiredText(arguments[1], context, Name, 1));
        var fill = Arguments.RequiredText(arguments[2], context, Name, 2).Trim();
        var fillParams = Parameters(Arguments.RequiredText(arguments[3], context, Name, 3));
        if (!shape.Equals("rectangle", StringComparison.OrdinalIgnoreCase))
            throw Error($"the shape '{shape}' is not supported; use \"rectangle\"");
        if (!fill.Equals("solid", StringComparison.OrdinalIgnoreCase))
            throw Error($"the fill '{fill}' is not supported; use \"solid\"");
        long l = Param(shapeParams, "l"), t = Param(shapeParams, "t"), r = Param(shapeParams, "r"), b = Param(shapeParams, "b");
        long v = Param(fillParams, "v");

        var ds = context.Dataset;
        var pixel = ds.Get(DicomTag.PixelData);
        if (pixel is null) return ScriptValue.Null;
        if (pixel is not DicomValueElement native)
            throw new ScriptEvaluationException(RuntimeErrorCodes.PixelDataNotEditable,
                $"{Name}: the pixel data is compressed (encapsulated); decompress the object before it reaches the script");
        int rows = UShort(ds, 0x0010), columns = UShort(ds, 0x0011), bitsAllocated = UShort(ds, 0x0100);
        int samples = Math.Max(1, UShort(ds, 0x0002));
        int planar = UShort(ds, 0x0006);
        int frames = int.TryParse(ds.GetString(new DicomTag(0x0028, 0x0008)), NumberStyles.None, CultureInfo.InvariantCulture, out int f) && f > 0 ? f : 1;
        if (rows == 0 || columns == 0 || bitsAllocated is not (8 or 16 or 32))
            throw new ScriptEvaluationException(RuntimeErrorCodes.PixelDataNotEditable,
                $"{Name}: Rows, Columns and BitsAllocated (8, 16 or 32) are needed to edit the pixels");
        int bytesPerSample = bitsAllocated / 8;
        long frameBytes = (long)rows * columns * samples * bytesPerSample;
        var bytes = native.Value.Memory.ToArray();
        int left = (int)Math.Clamp(l, 0, columns), right = (int)Math.Clamp(r, 0, columns);
        int top = (int)Math.Clamp(t, 0, rows), bottom = (int)Math.Clamp(b, 0, rows);
        for (int frame = 0; frame < frames; frame++)
        {
            long frameStart = frame * frameBytes;
            if (frameStart + frameBytes > bytes.Length) break;
            for (int s = 0; s < samples; s++)
                for (int y = top; y < bottom; y++)
                    for (int x = left; x < right; x++)
                    {
                        long index = planar == 1
                            ? ((long)s * rows * columns + (long)y * columns + x)
                            : (((long)y * columns + x) * samples + s);
                        var at = bytes.AsSpan((int)(frameStart + index * bytesPerSample), bytesPerSample);
                        switch (bytesPerSample)
                        {
                            case 1: at[0] = (byte)v; break;
                            case 2: BinaryPrimitives.WriteUInt16LittleEndian(at, (ushort)v); break;
                            default: BinaryPrimitives.WriteUInt32LittleEndian(at, (uint)v); break;
                        }
                    }
        }
        ds.Set(new DicomValueElement(native.Tag, native.VR, bytes));
        return ScriptValue.Null;
    }

    private static int UShort(DicomDataset ds, ushort element)
    {
        var values = ds.GetValues<ushort>(new DicomTag(0x0028, element));
        return values.Length > 0 ? values[0] : 0;
    }

    private static Dictionary<string, string> Parameters(string text)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0) map[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }
        return map;
    }

    private long Param(Dictionary<string, string> map, string name)
    {
        if (!map.TryGetValue(name, out var text) || !long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n))
            throw Error($"the parameter {name}=<integer> is missing or not a number");
        return n;
    }

    private ScriptEvaluationException Error(string message) => new(RuntimeErrorCodes.InvalidArgument, $"{Name}: {message}");
}
