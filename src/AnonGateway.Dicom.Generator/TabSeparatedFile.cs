namespace AnonGateway.Dicom.Generator;

/// <summary>Reads the hand-typed tables under <c>Data/</c>: tab-separated, '#' comment lines, one header row.</summary>
public static class TabSeparatedFile
{
    /// <summary>The data rows (after the header), each checked to have exactly the header's column count.</summary>
    public static IReadOnlyList<string[]> Read(string path, params string[] expectedHeader)
    {
        var rows = new List<string[]>();
        string[]? header = null;
        int lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (header is null)
            {
                header = fields;
                if (!header.SequenceEqual(expectedHeader, StringComparer.Ordinal))
                    throw new FormatException($"{path}:{lineNumber}: header is '{string.Join(", ", header)}', expected '{string.Join(", ", expectedHeader)}'");
                continue;
            }
            if (fields.Length != header.Length)
                throw new FormatException($"{path}:{lineNumber}: {fields.Length} columns, expected {header.Length}");
            rows.Add(fields);
        }
        return rows;
    }

    /// <summary>Parses a y/n column.</summary>
    public static bool Flag(string value, string path, string column) => value switch
    {
        "y" => true,
        "n" => false,
        _ => throw new FormatException($"{path}: column {column} is '{value}', expected y or n"),
    };
}
