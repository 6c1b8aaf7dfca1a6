using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>An integer (<c>0</c>, <c>-12</c>) or float (<c>-0.5</c>, <c>30.0</c>). DicomEdit evaluates a number to
/// its source text as a string (<c>30.0</c> stays <c>"30.0"</c>, spec §3).</summary>
public sealed class NumberLiteralSyntax(string text, bool isFloat, TextSpan span) : ValueSyntax(span)
{
    /// <summary>The number as written; this is its value.</summary>
    public string Text { get; } = text;

    /// <summary>Whether it has a fractional part.</summary>
    public bool IsFloat { get; } = isFloat;

    public override IEnumerable<SyntaxNode> ChildNodes() => [];

    public override string ToString() => Text;
}
