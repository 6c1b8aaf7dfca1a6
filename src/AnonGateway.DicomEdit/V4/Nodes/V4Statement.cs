using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A DicomEdit 4 statement (one line of the script).</summary>
public abstract class V4Statement : V4Node
{
    private protected V4Statement(TextSpan span) : base(span) { }
}
