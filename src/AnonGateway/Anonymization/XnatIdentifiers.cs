using System.Text.RegularExpressions;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Anonymization;

/// <summary>The subject and session labels XNAT's classic identifier derives from an object: a <c>Subject:</c> /
/// <c>Session:</c> token in Patient Comments or Study Comments, else Patient's Name / Patient ID.</summary>
public static partial class XnatIdentifiers
{
    private static readonly DicomTag PatientComments = new(0x0010, 0x4000);
    private static readonly DicomTag StudyComments = new(0x0032, 0x4000);
    private static readonly DicomTag PatientName = new(0x0010, 0x0010);
    private static readonly DicomTag PatientId = new(0x0010, 0x0020);

    /// <summary>The subject label, or null when the object gives none.</summary>
    public static string? Subject(DicomDataset dataset) => Token(dataset, "Subject") ?? NonEmpty(dataset.GetString(PatientName));

    /// <summary>The session label, or null when the object gives none.</summary>
    public static string? Session(DicomDataset dataset) => Token(dataset, "Session") ?? NonEmpty(dataset.GetString(PatientId));

    /// <summary>Writes <c>Project: P Subject: S Session: E</c> into Patient Comments, so XNAT files the session under P.</summary>
    public static void WriteRoutingComment(DicomDataset dataset, string? project, string? subject, string? session)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var parts = new List<string>(3);
        if (!string.IsNullOrWhiteSpace(project)) parts.Add("Project: " + project);
        if (!string.IsNullOrWhiteSpace(subject)) parts.Add("Subject: " + subject);
        if (!string.IsNullOrWhiteSpace(session)) parts.Add("Session: " + session);
        if (parts.Count > 0) dataset.SetString(PatientComments, DicomVR.LT, string.Join(' ', parts));
    }

    private static string? Token(DicomDataset dataset, string name)
    {
        foreach (var tag in (ReadOnlySpan<DicomTag>)[PatientComments, StudyComments])
        {
            var text = dataset.GetString(tag);
            if (string.IsNullOrEmpty(text)) continue;
            var m = TokenRegex().Match(text);
            for (; m.Success; m = m.NextMatch())
                if (string.Equals(m.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase)) return m.Groups["value"].Value;
        }
        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"(?<![^\s;,])(?<name>Project|Subject|Session)\s*:\s*(?<value>[^\s;,]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TokenRegex();
}
