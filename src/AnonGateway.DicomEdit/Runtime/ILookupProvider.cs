namespace AnonGateway.DicomEdit;

/// <summary>The host's table for <c>lookup[keyType, key]</c> (spec §9.13).</summary>
public interface ILookupProvider
{
    /// <summary>The value for (<paramref name="keyType"/>, <paramref name="key"/>), or null when there is none (the script
    /// then gets no value). Throws <see cref="KeyNotFoundException"/> instead to make a missing key a script failure. Must
    /// honour the token (the interpreter cancels it when the call timeout passes).</summary>
    string? Lookup(string keyType, string key, CancellationToken cancellationToken);
}
