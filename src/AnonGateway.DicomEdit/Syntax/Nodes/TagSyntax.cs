using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>One tag literal of a path (spec §5.1): public <c>(gggg,eeee)</c> or private <c>(gggg,{creator}ee)</c>,
/// digits possibly wildcards (<c>X</c>/<c>x</c> any, <c>@</c> even, <c>#</c> odd).</summary>
/// <remarks><see cref="Mask"/>/<see cref="Value"/> encode the digits over the 32-bit tag <c>0xGGGGEEEE</c>: a tag
/// <c>t</c> matches when <c>(t &amp; Mask) == Value</c>. <c>X</c> leaves a nibble free, <c>@</c>/<c>#</c> fix only its
/// low bit. For a private tag only the low element byte is given; the block byte (bits 8–15) is free in the mask and
/// comes from the creator element found in the data at the same level.</remarks>
public sealed class TagSyntax : SyntaxNode
{
    public TagSyntax(string groupDigits, string elementDigits, string? creator, TextSpan span) : base(span)
    {
        GroupDigits = groupDigits;
        ElementDigits = elementDigits;
        Creator = creator;
        var (gm, gv) = Compile(groupDigits);
        var (em, ev) = Compile(elementDigits);
        Mask = (gm << 16) | em;
        Value = (gv << 16) | ev;
    }

    /// <summary>The four group characters as written (e.g. <c>50X@</c>).</summary>
    public string GroupDigits { get; }

    /// <summary>The element characters as written: four for a public tag, two (after the creator) for a private one.</summary>
    public string ElementDigits { get; }

    /// <summary>The private creator between the braces (case- and space-sensitive), or null for a public tag.</summary>
    public string? Creator { get; }

    /// <summary>Bits of the 32-bit tag fixed by the digits.</summary>
    public uint Mask { get; }

    /// <summary>The fixed bits' values (zero where <see cref="Mask"/> is zero).</summary>
    public uint Value { get; }

    /// <summary>Whether this names a private element through its creator.</summary>
    public bool IsPrivate => Creator is not null;

    /// <summary>Whether some written digit is a wildcard.</summary>
    public bool HasDigitWildcard => (IsPrivate ? Mask | 0x0000FF00u : Mask) != 0xFFFFFFFFu;

    /// <summary>For a public tag without wildcards: the tag; otherwise null.</summary>
    public DicomTag? ExactTag => !IsPrivate && !HasDigitWildcard ? new DicomTag(Value) : null;

    /// <summary>Whether <paramref name="tag"/> matches the written digits (for a private tag: group and low element
    /// byte only; the creator check needs the data set).</summary>
    public bool MatchesDigits(DicomTag tag) => (tag.Value & Mask) == Value;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    /// <summary>The tag as written, without spaces: <c>(0010,0010)</c>, <c>(0019,{SIEMENS MR HEADER}10)</c>.</summary>
    public override string ToString() =>
        Creator is null ? $"({GroupDigits},{ElementDigits})" : $"({GroupDigits},{{{Creator}}}{ElementDigits})";

    private static (uint Mask, uint Value) Compile(string digits)
    {
        uint mask = 0, value = 0;
        foreach (char c in digits)
        {
            mask <<= 4;
            value <<= 4;
            switch (c)
            {
                case 'X' or 'x': break;
                case '@': mask |= 1; break;
                case '#': mask |= 1; value |= 1; break;
                default:
                    mask |= 0xF;
                    value |= (uint)HexValue(c);
                    break;
            }
        }
        return (mask, value);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => 0, // only in error-recovery trees; the lexer never produces other characters
    };
}
