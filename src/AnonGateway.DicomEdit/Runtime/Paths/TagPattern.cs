using System.Globalization;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.DicomEdit.Runtime.Paths;

/// <summary>One tag of a DicomEdit 6 path (spec §5.1): a public tag or pattern with digit wildcards, or a
/// private element named through its creator, <c>(gggg,{creator}ee)</c>.</summary>
/// <remarks>The digits are compiled into a bit mask and value over the 32-bit tag: <c>X</c> leaves a nibble free,
/// <c>@</c>/<c>#</c> fix only its low bit. For a private element the block byte (bits 8–15) is free and comes from
/// the creator element found in the data set at the same level.</remarks>
public readonly record struct TagPattern(uint Mask, uint Value, string? Creator)
{
    private const uint BlockBits = 0x0000FF00;

    /// <summary>A pattern for exactly one public tag.</summary>
    public static TagPattern Exact(DicomTag tag) => new(0xFFFFFFFF, tag.Value, null);

    /// <summary>Whether the pattern names a private element through its creator.</summary>
    public bool IsPrivate => Creator is not null;

    /// <summary>Whether some digit is a wildcard.</summary>
    public bool HasWildcard => (IsPrivate ? Mask | BlockBits : Mask) != 0xFFFFFFFF;

    /// <summary>The group when it has no wildcard.</summary>
    public ushort Group => (ushort)(Value >> 16);

    /// <summary>For an exact public pattern, its tag; for a private one, the low element byte.</summary>
    public DicomTag ExactTag => new(Value);

    /// <summary>For a private pattern: the element's low byte.</summary>
    public byte PrivateOffset => (byte)Value;

    /// <summary>Whether <paramref name="element"/>, held by <paramref name="container"/>, matches.</summary>
    public bool Matches(DicomDataset container, DicomElement element) => Matches(container, element.Tag);

    /// <summary>Whether <paramref name="tag"/> in <paramref name="container"/> matches (a private pattern needs the
    /// creator of the tag's block, in the same data set, to equal <see cref="Creator"/> exactly).</summary>
    /// <remarks>Like DicomEdit (measured: <c>*/(0029,{ACME CSA HEADER}1X) ?= …</c> rewrote the creator (0029,0011)), a
    /// creator element (gggg,00bb) counts as element bb of its own block: it matches when its own value is the creator
    /// and bb matches the element digits. Callers that must never touch creators skip them.</remarks>
    public bool Matches(DicomDataset container, DicomTag tag)
    {
        if ((tag.Value & Mask) != Value) return false;
        if (Creator is null) return true;
        if ((tag.Group & 1) == 0) return false;
        DicomTag creatorTag;
        if (tag.Element >= 0x1000) creatorTag = new DicomTag(tag.Group, (ushort)(tag.Element >> 8));
        else if (tag.Element >= 0x0010 && tag.Element <= 0x00FF) creatorTag = tag;
        else return false;
        var creator = PrivateCreators.Read(container, creatorTag);
        return creator is not null && string.Equals(creator, Creator, StringComparison.Ordinal);
    }

    /// <summary>The DE6 text of the pattern (tags are not patient data, so messages may show it).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder("(");
        AppendDigits(sb, Mask >> 16, Value >> 16, 4);
        sb.Append(',');
        if (Creator is not null)
        {
            sb.Append('{').Append(Creator).Append('}');
            AppendDigits(sb, Mask & 0xFF, Value & 0xFF, 2);
        }
        else AppendDigits(sb, Mask & 0xFFFF, Value & 0xFFFF, 4);
        return sb.Append(')').ToString();
    }

    private static void AppendDigits(System.Text.StringBuilder sb, uint mask, uint value, int count)
    {
        for (int i = count - 1; i >= 0; i--)
        {
            uint m = (mask >> (4 * i)) & 0xF, v = (value >> (4 * i)) & 0xF;
            sb.Append(m switch
            {
                0xF => v.ToString("X", CultureInfo.InvariantCulture)[0],
                0x1 => v == 0 ? '@' : '#',
                _ => 'X',
            });
        }
    }
}
