using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax;

/// <summary>A DicomEdit 6 token: its kind, its span in the original text and its logical text (after line
/// continuations were joined, so a string split over lines reads as one).</summary>
public readonly record struct Token(TokenKind Kind, TextSpan Span, string Text)
{
    /// <summary>Whether this token is a reserved word.</summary>
    public bool IsKeyword => Kind is >= TokenKind.IfKeyword and <= TokenKind.VersionKeyword;

    public override string ToString() => $"{Kind} '{Text}' {Span}";
}
