namespace AnonGateway.DicomEdit;

/// <summary>The host's implementation of <c>getURL[url]</c> (spec §9.12): it decides which hosts are allowed and
/// must honour the token (the interpreter cancels it when the fetch timeout passes).</summary>
public interface IUrlFetcher
{
    /// <summary>The body of a GET of <paramref name="url"/>, or null when it is not allowed or failed.</summary>
    string? Fetch(Uri url, CancellationToken cancellationToken);
}
