using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>Renders diagnostics for people (file:line:col, the source line, a caret under the span, the hint) and
/// for tools (JSON).</summary>
public static class DiagnosticFormatter
{
    private const string Indent = "    ";

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>One diagnostic as text, lines separated by <c>\n</c>, ending with <c>\n</c>:
    /// <code>
    /// FILE:LINE:COL: error CODE: message
    ///     source line
    ///     ^~~~
    ///     hint: …
    /// </code></summary>
    public static string FormatText(ScriptDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var sb = new StringBuilder();
        AppendText(sb, diagnostic);
        return sb.ToString();
    }

    /// <summary>All diagnostics as text, in the given order.</summary>
    public static string FormatText(IEnumerable<ScriptDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var sb = new StringBuilder();
        foreach (var d in diagnostics) AppendText(sb, d);
        return sb.ToString();
    }

    private static void AppendText(StringBuilder sb, ScriptDiagnostic d)
    {
        var source = d.Source;
        var pos = source.GetLinePosition(d.Span.Start);
        sb.Append(source.FilePath).Append(':').Append(pos.Line + 1).Append(':').Append(pos.Column + 1).Append(": ")
          .Append(SeverityName(d.Severity)).Append(' ').Append(d.Code).Append(": ").Append(d.Message).Append('\n');
        if (source.Length > 0)
        {
            string line = source.GetLineText(pos.Line);
            sb.Append(Indent).Append(Printable(line)).Append('\n');
            sb.Append(Indent);
            // The caret line copies tabs from the source line so the caret stays under the span in any tab width.
            for (int i = 0; i < pos.Column && i < line.Length; i++) sb.Append(line[i] == '\t' ? '\t' : ' ');
            sb.Append('^');
            var lineSpan = source.GetLineSpan(pos.Line);
            int end = Math.Min(d.Span.End, lineSpan.End);
            for (int i = d.Span.Start + 1; i < end; i++) sb.Append('~');
            sb.Append('\n');
        }
        if (!string.IsNullOrEmpty(d.Hint)) sb.Append(Indent).Append("hint: ").Append(d.Hint).Append('\n');
    }

    // Control characters (other than tab) would garble a terminal; show them as U+FFFD, one column each.
    private static string Printable(string line)
    {
        bool clean = true;
        foreach (char c in line) if (char.IsControl(c) && c != '\t') { clean = false; break; }
        if (clean) return line;
        var chars = line.ToCharArray();
        for (int i = 0; i < chars.Length; i++) if (char.IsControl(chars[i]) && chars[i] != '\t') chars[i] = '\uFFFD';
        return new string(chars);
    }

    /// <summary>Writes one diagnostic as a JSON object: code, severity, file, line, column, endLine, endColumn
    /// (1-based; end exclusive), offset, length, message, hint (null when none).</summary>
    public static void WriteJson(Utf8JsonWriter writer, ScriptDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var start = diagnostic.Source.GetLinePosition(diagnostic.Span.Start);
        var end = diagnostic.Source.GetLinePosition(diagnostic.Span.End);
        writer.WriteStartObject();
        writer.WriteString("code", diagnostic.Code);
        writer.WriteString("severity", SeverityName(diagnostic.Severity));
        writer.WriteString("file", diagnostic.Source.FilePath);
        writer.WriteNumber("line", start.Line + 1);
        writer.WriteNumber("column", start.Column + 1);
        writer.WriteNumber("endLine", end.Line + 1);
        writer.WriteNumber("endColumn", end.Column + 1);
        writer.WriteNumber("offset", diagnostic.Span.Start);
        writer.WriteNumber("length", diagnostic.Span.Length);
        writer.WriteString("message", diagnostic.Message);
        if (diagnostic.Hint is null) writer.WriteNull("hint");
        else writer.WriteString("hint", diagnostic.Hint);
        writer.WriteEndObject();
    }

    /// <summary>A JSON array of the diagnostics (indented, non-ASCII kept readable).</summary>
    public static string FormatJson(IEnumerable<ScriptDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            writer.WriteStartArray();
            foreach (var d in diagnostics) WriteJson(writer, d);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writer options shared by the JSON outputs: indented, relaxed escaping (the output is data, not HTML).</summary>
    public static JsonWriterOptions JsonOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Where a span's start is, as <c>FILE:LINE:COL</c> (1-based).</summary>
    public static string FormatLocation(SourceText source, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(source);
        return $"{source.FilePath}:{source.GetLinePosition(span.Start)}";
    }
}
