using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Diagnostics;

/// <summary>Collects diagnostics in the order they are reported. Not thread-safe: one bag per compilation.</summary>
public sealed class DiagnosticBag
{
    private readonly List<ScriptDiagnostic> _items = [];

    /// <summary>Every diagnostic so far, in report order.</summary>
    public IReadOnlyList<ScriptDiagnostic> Items => _items;

    /// <summary>Whether any error has been reported.</summary>
    public bool HasErrors { get; private set; }

    /// <summary>Number of diagnostics.</summary>
    public int Count => _items.Count;

    /// <summary>Adds one diagnostic.</summary>
    public void Add(ScriptDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        _items.Add(diagnostic);
        if (diagnostic.Severity == DiagnosticSeverity.Error) HasErrors = true;
    }

    /// <summary>Adds several diagnostics.</summary>
    public void AddRange(IEnumerable<ScriptDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics) Add(d);
    }

    /// <summary>Creates a diagnostic from a catalogue entry and adds it.</summary>
    public ScriptDiagnostic Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var d = descriptor.Create(source, span, args);
        Add(d);
        return d;
    }

    /// <summary>Creates a diagnostic with an explicit hint and adds it.</summary>
    public ScriptDiagnostic ReportWithHint(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, string? hint, params object?[] args)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var d = descriptor.CreateWithHint(source, span, hint, args);
        Add(d);
        return d;
    }

    /// <summary>The diagnostics sorted by position (stable for equal positions).</summary>
    public IReadOnlyList<ScriptDiagnostic> ToSortedList() =>
        [.. _items.Select((d, i) => (d, i)).OrderBy(x => x.d.Span.Start).ThenBy(x => x.i).Select(x => x.d)];
}
