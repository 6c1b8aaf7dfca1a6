using AnonGateway.DicomEdit.Runtime.Values;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Runtime.Interpreter.Nodes;

/// <summary><c>version "6.x"</c> (spec §6.10): an unknown version is an error when the statement runs.</summary>
internal sealed class VersionStatement(string version, TextSpan span) : PreparedStatement(span)
{
    /// <summary>The versions DicomEdit 6 accepts.</summary>
    public static readonly string[] Supported = ["6.0", "6.1", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7"];

    public override void Execute(EvaluationContext context)
    {
        if (Array.IndexOf(Supported, version) < 0)
            throw new ScriptEvaluationException(RuntimeErrorCodes.UnsupportedVersion,
                $"unsupported version \"{version}\"; DicomEdit 6 supports {string.Join(", ", Supported)}");
    }
}
