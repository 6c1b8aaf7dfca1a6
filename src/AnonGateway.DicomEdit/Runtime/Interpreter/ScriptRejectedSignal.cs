namespace AnonGateway.DicomEdit.Runtime.Interpreter;

/// <summary>Unwinds the interpreter when <c>reject[]</c> runs; caught by the script's run loop (never escapes it).</summary>
internal sealed class ScriptRejectedSignal : Exception
{
    public ScriptRejectedSignal() : base("the script rejected the object") { }
}
