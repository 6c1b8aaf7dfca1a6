using AnonGateway.DicomEdit.Runtime.Paths;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A DicomEdit 4 token: its kind, where it is, and its decoded value.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Span">Where it is in the original text.</param>
/// <param name="Value">For strings the text with escapes translated, for numbers the digits, for names the name.</param>
/// <param name="Tag">For tags and patterns the digits as mask and value (an exact tag has a full mask).</param>
public readonly record struct V4Token(V4TokenKind Kind, TextSpan Span, string? Value, TagPattern Tag)
{
    /// <summary>Whether the token can start a term (a value).</summary>
    public bool StartsTerm => Kind is V4TokenKind.String or V4TokenKind.Number or V4TokenKind.Tag or V4TokenKind.TagPattern or V4TokenKind.Identifier;

    /// <summary>Whether the token ends a statement.</summary>
    public bool EndsStatement => Kind is V4TokenKind.NewLine or V4TokenKind.EndOfFile;
}
