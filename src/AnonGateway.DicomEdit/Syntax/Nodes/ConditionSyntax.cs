using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>A condition (spec §8): <c>value op value</c> or (6.4+) a bare function call. There are no and/or/not
/// and no grouping parentheses in DicomEdit 6.</summary>
public abstract class ConditionSyntax(TextSpan span) : SyntaxNode(span);
