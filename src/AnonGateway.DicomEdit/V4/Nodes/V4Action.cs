using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.V4;

/// <summary>A statement that may follow conditions: an assignment, a UID generator, a deletion or echo.</summary>
public abstract class V4Action : V4Statement
{
    private protected V4Action(TextSpan span) : base(span) { }
}
