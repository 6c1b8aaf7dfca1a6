using AnonGateway.DicomEdit.Runtime;
using AnonGateway.DicomEdit.Runtime.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>format[pattern, v1, …]</c>: Java MessageFormat expansion (<c>{0}</c>…; an absent value prints
/// <c>null</c>). The shorthand <c>"pattern" v1, v2</c> calls it too.</summary>
internal sealed class V4FormatFunction : V4Function
{
    public override string Name => "format";
    public override int MinArguments => 1;
    public override int MaxArguments => int.MaxValue;
    public override string Signature => "format[pattern, value, …]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context)
    {
        var pattern = arguments[0] ?? throw new V4FunctionException("the pattern of format has no value (an absent attribute)");
        try
        {
            return MessageFormat.Format(pattern, [.. arguments.Skip(1)]);
        }
        catch (ScriptEvaluationException ex)
        {
            throw new V4FunctionException(ex.Message, V4Diagnostics.InvalidFormatCode);
        }
    }
}
