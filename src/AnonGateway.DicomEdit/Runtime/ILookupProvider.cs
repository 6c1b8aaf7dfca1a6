namespace AnonGateway.DicomEdit;

/// <summary>The host's table for <c>lookup[keyType, key]</c> (spec §9.13).</summary>
public interface ILookupProvider
{
    /// <summary>The value for (<paramref name="keyType"/>, <paramref name="key"/>), or null when there is none. Must honour
    /// the token (the interpreter cancels it when the call timeout passes).</summary>
    string? Lookup(string keyType, string key, CancellationToken cancellationToken);
}
