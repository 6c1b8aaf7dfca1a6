using System.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary><c>urlEncode[value]</c>: application/x-www-form-urlencoded in UTF-8, like Java's <c>URLEncoder</c>
/// (letters, digits and <c>. - * _</c> stay, a space becomes <c>+</c>, every other byte <c>%XX</c>).</summary>
internal sealed class V4UrlEncodeFunction : V4Function
{
    public override string Name => "urlEncode";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override string Signature => "urlEncode[value]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context)
    {
        var value = arguments[0];
        if (value is null) return null;
        var sb = new StringBuilder(value.Length * 3 / 2);
        foreach (byte b in Encoding.UTF8.GetBytes(value))
        {
            char c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '*' or '_') sb.Append(c);
            else if (c == ' ') sb.Append('+');
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
