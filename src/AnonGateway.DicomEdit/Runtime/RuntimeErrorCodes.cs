namespace AnonGateway.DicomEdit.Runtime;

/// <summary>The codes of DicomEdit 6 runtime errors (<see cref="MizerException.Code"/>), DE5xxx (see the
/// contract: h5's catalogue holds DE0–DE3, h6's DE4, this file DE5).</summary>
public static class RuntimeErrorCodes
{
    /// <summary>A variable is used that neither the script nor the host bound.</summary>
    public const string UnboundVariable = "DE5001";
    /// <summary>A path matching several attributes is read as a value or assigned with <c>:=</c>.</summary>
    public const string PathNotSingular = "DE5002";
    /// <summary>A value is read through a sequence that is absent.</summary>
    public const string AbsentSequence = "DE5003";
    /// <summary>A path goes through a sequence without an item number.</summary>
    public const string MissingItemNumber = "DE5004";
    /// <summary>A function received the wrong number of arguments.</summary>
    public const string WrongArgumentCount = "DE5005";
    /// <summary>A function received no value (an absent attribute) where it needs one.</summary>
    public const string NullArgument = "DE5006";
    /// <summary>A function received an argument of the wrong kind or form.</summary>
    public const string InvalidArgument = "DE5007";
    /// <summary>A regular expression is invalid or took too long.</summary>
    public const string InvalidRegex = "DE5008";
    /// <summary>A date or time could not be parsed or shifted.</summary>
    public const string InvalidDateTime = "DE5009";
    /// <summary>A value cannot be written in the element's VR.</summary>
    public const string InvalidValueForVR = "DE5010";
    /// <summary>The script declares a version DicomEdit does not know.</summary>
    public const string UnsupportedVersion = "DE5011";
    /// <summary>An unknown function is called.</summary>
    public const string UnknownFunction = "DE5012";
    /// <summary>A path element is not what the path needs (e.g. a plain element where a sequence is needed).</summary>
    public const string InvalidPathTarget = "DE5013";
    /// <summary>A URL fetch or lookup failed, is not allowed, or timed out.</summary>
    public const string ExternalLookupFailed = "DE5014";
    /// <summary>The per-object time limit was exceeded or processing was cancelled.</summary>
    public const string LimitExceeded = "DE5015";
    /// <summary>A <c>format</c> pattern is invalid.</summary>
    public const string InvalidFormat = "DE5016";
    /// <summary>Pixel data cannot be altered as asked.</summary>
    public const string PixelDataNotEditable = "DE5017";
    /// <summary>An unexpected error inside the engine (a bug); the object fails.</summary>
    public const string InternalError = "DE5099";
}
