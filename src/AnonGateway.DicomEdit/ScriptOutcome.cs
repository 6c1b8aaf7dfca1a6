namespace AnonGateway.DicomEdit;

/// <summary>How a script run on one object ended (a failure is a <see cref="MizerException"/>).</summary>
public enum ScriptOutcome
{
    /// <summary>The object was edited and is to be written/forwarded.</summary>
    Written,
    /// <summary>The script called <c>reject[]</c>: drop the object (not an error).</summary>
    Rejected,
}
