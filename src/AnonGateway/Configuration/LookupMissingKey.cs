namespace AnonGateway.Configuration;

/// <summary>What a script's <c>lookup</c> does when the table has no entry for the key.</summary>
public enum LookupMissingKey
{
    /// <summary>The script fails at the lookup: the object is quarantined, never forwarded with the value it was meant to
    /// replace (a Patient ID missing from a pseudonym list would otherwise reach XNAT). The gateway's default.</summary>
    Fail,

    /// <summary>The lookup gives no value, so an assignment from it does nothing (what DicomEdit most probably does).</summary>
    NoValue,
}
