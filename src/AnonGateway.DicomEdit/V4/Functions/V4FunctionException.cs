namespace AnonGateway.DicomEdit.V4;

/// <summary>A built-in function cannot work on its arguments; the evaluator adds the statement's location.</summary>
/// <remarks>The message names the function and the problem, never an argument's value (it may be patient data).</remarks>
internal sealed class V4FunctionException : Exception
{
    public V4FunctionException(string message, string code = V4Diagnostics.FunctionFailedCode) : base(message) => Code = code;

    /// <summary>The DE4 runtime code.</summary>
    public string Code { get; }
}
