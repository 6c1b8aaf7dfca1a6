using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A double-quoted string (spec §3).</summary>
/// <remarks>DicomEdit 6 removes the quotes and turns each <c>\\</c> into <c>\</c>; no other escape is translated
/// (<c>"a\nb"</c> is the four characters a, \, n, b). That is <see cref="Value"/>. <b>Quirk</b> (spec §3, V6
/// visitString): a string written <i>directly as a list element</i> (<c>{ "a\\b" }</c>) keeps both backslashes —
/// the evaluator must use <see cref="RawValue"/> there, and <see cref="Value"/> everywhere else.</remarks>
public sealed class StringLiteralSyntax(string value, string rawValue, TextSpan span) : ValueSyntax(span)
{
    /// <summary>The value as DicomEdit evaluates it: quotes removed, <c>\\</c> → <c>\</c>.</summary>
    public string Value { get; } = value;

    /// <summary>The characters between the quotes, untouched (line continuations already joined).</summary>
    public string RawValue { get; } = rawValue;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    /// <summary>The string as written, with quotes.</summary>
    public override string ToString() => "\"" + RawValue + "\"";

    /// <summary>DicomEdit 6's evaluation of the text between quotes: only <c>\\</c> becomes <c>\</c>.</summary>
    public static string Unescape(string raw) => raw.Replace(@"\\", @"\", StringComparison.Ordinal);
}
