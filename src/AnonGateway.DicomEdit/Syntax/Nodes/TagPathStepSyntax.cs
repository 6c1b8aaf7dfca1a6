using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Syntax.Nodes;

/// <summary>One component of a tag path: an element (optionally with an item number) or a level wildcard.</summary>
public abstract class TagPathStepSyntax(TextSpan span) : SyntaxNode(span);
