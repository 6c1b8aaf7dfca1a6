namespace AnonGateway.DicomEdit.Text;

/// <summary>A 0-based line and column (UTF-16 code units; a tab counts as one column). Printed 1-based.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <summary><c>line:column</c>, 1-based, as diagnostics print it.</summary>
    public override string ToString() => $"{Line + 1}:{Column + 1}";
}
