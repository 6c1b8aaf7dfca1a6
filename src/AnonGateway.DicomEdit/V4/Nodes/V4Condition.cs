using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>value = value</c> or <c>value ~ regex</c>.</summary>
public sealed class V4Condition : V4Node
{
    /// <summary>Creates the condition.</summary>
    public V4Condition(TextSpan span, V4Expression left, V4ConditionOperator op, TextSpan operatorSpan, V4Expression right) : base(span)
    {
        Left = left;
        Operator = op;
        OperatorSpan = operatorSpan;
        Right = right;
    }

    /// <summary>The tested value.</summary>
    public V4Expression Left { get; }

    /// <summary>The comparison.</summary>
    public V4ConditionOperator Operator { get; }

    /// <summary>Where the operator is.</summary>
    public TextSpan OperatorSpan { get; }

    /// <summary>The value compared with, or the regular expression.</summary>
    public V4Expression Right { get; }
}
