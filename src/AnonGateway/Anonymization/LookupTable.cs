using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using AnonGateway.Configuration;
using AnonGateway.DicomEdit;

namespace AnonGateway.Anonymization;

/// <summary>The table behind a script's <c>lookup[keyType, key]</c> (spec §9.13): a Java properties file whose keys are
/// <c>keyType/key</c>, as XNAT's lookup reads it — e.g. <c>patientid/12345 = SUBJ001</c> for a pseudonym list. A missing
/// key fails the script or gives no value, as <see cref="MissingKey"/> says. A reload swaps the table atomically; a changed file that does not parse is refused and the previous
/// table stays in use.</summary>
public sealed class LookupTable : ILookupProvider
{
    private volatile FrozenDictionary<string, string> _entries;
    private readonly FileStamp _stamp;

    private LookupTable(string path, FrozenDictionary<string, string> entries, LookupMissingKey missingKey)
    {
        Path = path;
        MissingKey = missingKey;
        _entries = entries;
        _stamp = new FileStamp(path);
    }

    /// <summary>The file as configured.</summary>
    public string Path { get; }

    /// <summary>What a lookup of a missing key does.</summary>
    public LookupMissingKey MissingKey { get; }

    /// <summary>How many keys the table holds.</summary>
    public int Count => _entries.Count;

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="LookupTableException">The file cannot be read or a line is malformed (file and line named).</exception>
    public static LookupTable Load(string path, LookupMissingKey missingKey = LookupMissingKey.Fail)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new LookupTable(path, Read(path), missingKey);
    }

    /// <inheritdoc />
    public string? Lookup(string keyType, string key, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(keyType + "/" + key, out var value)) return value;
        return MissingKey == LookupMissingKey.Fail ? throw new KeyNotFoundException() : null;
    }

    /// <summary>Rereads the file if it changed. Returns null when nothing changed or the new version was taken, else why
    /// the old version was kept.</summary>
    public string? ReloadIfChanged(out bool reloaded)
    {
        reloaded = false;
        if (!_stamp.Changed(out var error)) return error;
        try { _entries = Read(Path); }
        catch (LookupTableException ex) { return ex.Message; }
        reloaded = true;
        return null;
    }

    private static FrozenDictionary<string, string> Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path, Encoding.UTF8); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new LookupTableException($"{path}: cannot read the lookup table: {ex.Message}");
        }
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            int first = i;
            var logical = new StringBuilder(lines[i].TrimEnd('\r').TrimStart());
            if (logical.Length == 0 || logical[0] is '#' or '!') continue;
            // A line ending in an odd number of backslashes continues on the next one (leading blanks dropped).
            while (EndsWithContinuation(logical) && i + 1 < lines.Length)
            {
                logical.Length--;
                logical.Append(lines[++i].TrimEnd('\r').TrimStart());
            }
            var (key, value) = Split(logical.ToString(), path, first + 1);
            if (!key.Contains('/', StringComparison.Ordinal))
                throw new LookupTableException($"{path}:{first + 1}: key '{key}' is not keyType/key (for example patientid/12345 = SUBJ001)");
            entries[key] = value; // as java.util.Properties: a repeated key keeps the last value
        }
        return entries.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static bool EndsWithContinuation(StringBuilder line)
    {
        int n = 0;
        for (int k = line.Length - 1; k >= 0 && line[k] == '\\'; k--) n++;
        return n % 2 == 1;
    }

    // Key up to the first unescaped '=', ':' or blank; blanks, then one '=' or ':', then blanks separate it from the value.
    private static (string Key, string Value) Split(string line, string path, int lineNumber)
    {
        var key = new StringBuilder();
        int i = 0;
        for (; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '\\') { i = Unescape(line, i, key, path, lineNumber); continue; }
            if (c is '=' or ':' or ' ' or '\t' or '\f') break;
            key.Append(c);
        }
        while (i < line.Length && line[i] is ' ' or '\t' or '\f') i++;
        if (i < line.Length && line[i] is '=' or ':') i++;
        while (i < line.Length && line[i] is ' ' or '\t' or '\f') i++;
        var value = new StringBuilder();
        for (; i < line.Length; i++)
        {
            if (line[i] == '\\') i = Unescape(line, i, value, path, lineNumber);
            else value.Append(line[i]);
        }
        if (key.Length == 0) throw new LookupTableException($"{path}:{lineNumber}: a line with a value but no key");
        return (key.ToString(), value.ToString());
    }

    // Appends the character escaped at line[i] (a backslash) and returns the index of its last character.
    private static int Unescape(string line, int i, StringBuilder to, string path, int lineNumber)
    {
        if (i + 1 >= line.Length) return i; // a lone trailing backslash: dropped, as Java does
        char c = line[i + 1];
        switch (c)
        {
            case 't': to.Append('\t'); return i + 1;
            case 'n': to.Append('\n'); return i + 1;
            case 'r': to.Append('\r'); return i + 1;
            case 'f': to.Append('\f'); return i + 1;
            case 'u':
                if (i + 5 < line.Length && int.TryParse(line.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    to.Append((char)code);
                    return i + 5;
                }
                throw new LookupTableException($"{path}:{lineNumber}: malformed \\uXXXX escape");
            default: to.Append(c); return i + 1;
        }
    }
}

/// <summary>A lookup table that cannot be used: the message names the file and line.</summary>
public sealed class LookupTableException(string message) : Exception(message);
