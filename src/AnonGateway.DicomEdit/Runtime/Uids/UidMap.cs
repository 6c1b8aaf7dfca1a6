using System.Collections.Concurrent;

namespace AnonGateway.DicomEdit.Runtime.Uids;

/// <summary>The memo of <c>mapUID</c> and <c>mapReferencedUIDs</c> (spec §9.9–9.10): the same original value under the
/// same root always maps to the same new UID, across objects. Thread-safe; the host decides its lifetime (one per
/// gateway configuration or per <c>apply</c> run), so there is no static state.</summary>
public sealed class UidMap
{
    private readonly ConcurrentDictionary<(string Root, string Value), string> _map = new();

    /// <summary>The UID mapped to <paramref name="value"/> under <paramref name="root"/>, made on first use.</summary>
    public string Map(string root, string value)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(value);
        return _map.GetOrAdd((root, value), static k => UidHasher.NewUnderRoot(k.Root));
    }

    /// <summary>How many values have been mapped.</summary>
    public int Count => _map.Count;
}
