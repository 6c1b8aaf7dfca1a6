using System.Text.RegularExpressions;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit;

/// <summary>Decides the language exactly as XNAT does (spec §1.4): the first raw line that starts with
/// <c>version</c>, one whitespace character and the version (quotes removed) selects the engine; no such line means
/// DicomEdit 4. Near misses — an indented line, two spaces, another letter case, <c>version := "6.1"</c> — change
/// nothing about that choice, but each gets a clear diagnostic, because the script then does not run as meant.</summary>
public static partial class LanguageSelector
{
    private const string Word = "version";

    [GeneratedRegex("""^version\s*(?::=|:|=)\s*"?(?<v>[^"\s]*)"?""", RegexOptions.CultureInvariant)]
    private static partial Regex MalformedStatement();

    /// <summary>Selects the language of <paramref name="source"/>.</summary>
    public static LanguageSelection Select(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var diagnostics = new List<ScriptDiagnostic>();
        ScriptDiagnostic? nearMiss = null;
        for (int line = 0; line < source.LineCount; line++)
        {
            string text = source.GetLineText(line);
            int start = source.GetLineStart(line);
            if (text.StartsWith(Word, StringComparison.Ordinal))
            {
                var malformed = MalformedStatement().Match(text);
                if (malformed.Success)
                {
                    string v = malformed.Groups["v"].Value;
                    diagnostics.Add(DiagnosticDescriptors.MalformedVersionStatement.Create(source, new TextSpan(start, text.Length),
                        v.Length > 0 ? v : DicomEditVersions.Latest));
                    return new LanguageSelection(DicomEditLanguage.V6, null, null, line, diagnostics);
                }
                bool oneSpace = text.Length > Word.Length + 1 && IsSpace(text[Word.Length]) && !IsSpace(text[Word.Length + 1]);
                bool twoSpaces = text.Length > Word.Length + 1 && IsSpace(text[Word.Length]) && IsSpace(text[Word.Length + 1]);
                if (twoSpaces && text.AsSpan(Word.Length).Trim().Length > 0)
                {
                    // "version  "6.1"": not recognised (spec §1.4 quirk); the scan goes on.
                    int wsEnd = Word.Length;
                    while (wsEnd < text.Length && IsSpace(text[wsEnd])) wsEnd++;
                    nearMiss ??= DiagnosticDescriptors.VersionLineSpacing.Create(source,
                        TextSpan.FromBounds(start + Word.Length, start + wsEnd), text[wsEnd..].Trim().Trim('"'));
                    continue;
                }
                // XNAT's split at single whitespace: the second piece, double quotes removed.
                string piece = "";
                int pieceStart = start + Word.Length;
                if (oneSpace)
                {
                    int end = Word.Length + 1;
                    while (end < text.Length && !IsSpace(text[end])) end++;
                    piece = text[(Word.Length + 1)..end];
                    pieceStart = start + Word.Length + 1;
                }
                else
                {
                    // "versionX …" or "version" alone: the first word is not "version".
                    int end = 0;
                    while (end < text.Length && !IsSpace(text[end])) end++;
                    int next = end;
                    while (next < text.Length && IsSpace(text[next])) next++;
                    int pieceEnd = next;
                    while (pieceEnd < text.Length && !IsSpace(text[pieceEnd])) pieceEnd++;
                    if (end < text.Length && next == end + 1) { piece = text[next..pieceEnd]; pieceStart = start + next; }
                }
                string version = piece.Replace("\"", "", StringComparison.Ordinal);
                var pieceSpan = new TextSpan(pieceStart, Math.Max(piece.Length, piece.Length == 0 ? 0 : 1));
                if (DicomEditVersions.IsV6(version))
                    return new LanguageSelection(DicomEditLanguage.V6, version, line, null, diagnostics);
                if (DicomEditVersions.IsV4(version))
                    return new LanguageSelection(DicomEditLanguage.V4, version, line, null, diagnostics);
                diagnostics.Add(DiagnosticDescriptors.UnknownVersion.Create(source, pieceSpan.Length == 0 ? new TextSpan(start, text.Length) : pieceSpan, version));
                return new LanguageSelection(DicomEditLanguage.V6, version, line, null, diagnostics);
            }
            string trimmed = text.TrimStart();
            if (trimmed.Length < text.Length && trimmed.StartsWith(Word, StringComparison.Ordinal) && LooksLikeVersionLine(trimmed))
            {
                int indent = text.Length - trimmed.Length;
                nearMiss ??= DiagnosticDescriptors.IndentedVersionLine.Create(source, new TextSpan(start, indent + Word.Length));
            }
            else if (trimmed.StartsWith(Word, StringComparison.OrdinalIgnoreCase) && LooksLikeVersionLine(trimmed))
            {
                int indent = text.Length - trimmed.Length;
                nearMiss ??= DiagnosticDescriptors.VersionWordCase.Create(source, new TextSpan(start + indent, Word.Length),
                    trimmed[Word.Length..].Trim().Trim('"'));
            }
        }
        if (nearMiss is not null) diagnostics.Add(nearMiss);
        return new LanguageSelection(DicomEditLanguage.V4, null, null, null, diagnostics);
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    // "version" followed by whitespace and a quote or digit: meant as a version line (not "versionA := 1").
    private static bool LooksLikeVersionLine(string trimmed)
    {
        var rest = trimmed.AsSpan(Word.Length);
        if (rest.Length == 0 || !char.IsWhiteSpace(rest[0])) return false;
        rest = rest.TrimStart();
        return rest.Length > 0 && (rest[0] == '"' || char.IsAsciiDigit(rest[0]));
    }
}
