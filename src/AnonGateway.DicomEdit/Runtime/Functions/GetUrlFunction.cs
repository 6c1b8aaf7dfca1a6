using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Runtime.Text;
using AnonGateway.DicomEdit.Runtime.Values;

namespace AnonGateway.DicomEdit.Runtime.Functions;

/// <summary><c>getURL[url]</c> (spec §9.12): the body of an HTTP GET through the host's fetcher (off unless the host
/// provides one), with a timeout; no answer or an empty body is an error.</summary>
internal sealed class GetUrlFunction : ScriptFunction
{
    public override string Name => "getURL";
    public override int MinArguments => 1;
    public override int MaxArguments => 1;

    public override ScriptValue Invoke(ReadOnlySpan<ScriptValue> arguments, EvaluationContext context)
    {
        var text = Arguments.RequiredText(arguments[0], context, Name, 0);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            throw new ScriptEvaluationException(RuntimeErrorCodes.InvalidArgument, "getURL: the argument is not an http(s) URL");
        var fetcher = context.Host.UrlFetcher
            ?? throw new ScriptEvaluationException(RuntimeErrorCodes.ExternalLookupFailed, "getURL is disabled in this host (configure an allowed URL fetcher to use it)");
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(context.Host.CancellationToken);
        cts.CancelAfter(context.Host.Limits.ExternalCallTimeout);
        string? body;
        try
        {
            body = fetcher.Fetch(url, cts.Token);
        }
        catch (OperationCanceledException) when (!context.Host.CancellationToken.IsCancellationRequested)
        {
            throw new ScriptEvaluationException(RuntimeErrorCodes.ExternalLookupFailed,
                $"getURL: no answer from {url.Host} within {context.Host.Limits.ExternalCallTimeout.TotalSeconds:0.#} s");
        }
        if (string.IsNullOrEmpty(body))
            throw new ScriptEvaluationException(RuntimeErrorCodes.ExternalLookupFailed, $"getURL: {url.Host} gave no body (or the URL is not allowed)");
        // Upstream concatenates the response's lines without separators.
        return ScriptValue.FromString(body.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
    }
}
