namespace AnonGateway.DicomEdit.V4;

/// <summary><c>getURL[url]</c>: the body of an HTTP GET, through the host's fetcher (none: the call fails, because
/// fetching URLs from a script is an exfiltration risk the host must allow explicitly).</summary>
internal sealed class V4GetUrlFunction : V4Function
{
    public override string Name => "getURL";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;
    public override string Signature => "getURL[url]";

    public override string? Invoke(IReadOnlyList<string?> arguments, V4EvaluationContext context)
    {
        var url = arguments[0] ?? throw new V4FunctionException("the URL of getURL has no value (an absent attribute)", V4Diagnostics.UrlFailedCode);
        var fetcher = context.Host.UrlFetcher ?? throw new V4FunctionException("getURL is not enabled on this host", V4Diagnostics.UrlFailedCode);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new V4FunctionException("the argument of getURL is not an absolute URL", V4Diagnostics.UrlFailedCode);
        string? body;
        using (var timeout = CancellationTokenSource.CreateLinkedTokenSource(context.Host.CancellationToken))
        {
            timeout.CancelAfter(context.Host.Limits.ExternalCallTimeout);
            try
            {
                body = fetcher.Fetch(uri, timeout.Token);
            }
            catch (OperationCanceledException) when (!context.Host.CancellationToken.IsCancellationRequested)
            {
                throw new V4FunctionException("getURL timed out", V4Diagnostics.UrlFailedCode);
            }
        }
        if (string.IsNullOrEmpty(body)) throw new V4FunctionException("getURL got no response (not allowed, failed or empty)", V4Diagnostics.UrlFailedCode);
        // Lines of the response are joined without separators (spec §9.12).
        return body.Replace("\r\n", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);
    }
}
