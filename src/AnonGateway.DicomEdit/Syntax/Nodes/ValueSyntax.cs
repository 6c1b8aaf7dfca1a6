using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A value or function argument: string, number, variable, tag path, function call, list, or (only in a
/// tree with errors) a missing value.</summary>
public abstract class ValueSyntax(TextSpan span) : SyntaxNode(span);
