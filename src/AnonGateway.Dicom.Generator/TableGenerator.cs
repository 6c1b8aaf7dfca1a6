using System.Text;

namespace AnonGateway.Dicom.Generator;

/// <summary>Produces every generated table of the DICOM core and compares or writes them against the checkout.</summary>
/// <param name="StandardDirectory">The folder with innolitics/dicom-standard's attributes.json, sops.json and
/// confidentiality_profile_attributes.json (normally <c>../shared/dicom-standard</c> beside the checkout).</param>
/// <param name="RepositoryRoot">The checkout's root (where AnonGateway.sln is).</param>
public sealed record TableGenerator(string StandardDirectory, string RepositoryRoot)
{
    private string DataDirectory => Path.Combine(RepositoryRoot, "src", "AnonGateway.Dicom.Generator", "Data");

    /// <summary>The generated files, in a fixed order, with "\n" line endings.</summary>
    public IReadOnlyList<GeneratedFile> Generate()
    {
        var attributes = AttributeRow.Load(Path.Combine(StandardDirectory, "attributes.json"));
        return
        [
            DictionaryWriter.WriteDictionary(attributes),
            DictionaryWriter.WriteTags(attributes),
            ConfidentialityProfileWriter.Write(Path.Combine(StandardDirectory, "confidentiality_profile_attributes.json")),
            TransferSyntaxWriter.Write(Path.Combine(DataDirectory, "transfer-syntaxes.tsv")),
            SopClassWriter.Write(Path.Combine(StandardDirectory, "sops.json"), Path.Combine(DataDirectory, "sop-classes.tsv")),
        ];
    }

    /// <summary>The relative paths of checked-in files that are missing or differ from what <see cref="Generate"/> produces.</summary>
    public IReadOnlyList<string> FindStale()
    {
        var stale = new List<string>();
        foreach (var file in Generate())
        {
            var path = FullPath(file);
            // A checkout with CRLF line endings (git autocrlf) is not stale.
            if (!File.Exists(path) || File.ReadAllText(path, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal) != file.Content)
                stale.Add(file.RelativePath);
        }
        return stale;
    }

    /// <summary>Writes the files whose content changed; returns their relative paths.</summary>
    public IReadOnlyList<string> Write()
    {
        var written = new List<string>();
        foreach (var file in Generate())
        {
            var path = FullPath(file);
            if (File.Exists(path) && File.ReadAllText(path, Encoding.UTF8) == file.Content) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            written.Add(file.RelativePath);
        }
        return written;
    }

    /// <summary>The repository root above <paramref name="start"/> (the folder holding AnonGateway.sln), or null.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "AnonGateway.sln"))) return dir.FullName;
        return null;
    }

    private string FullPath(GeneratedFile file) => Path.Combine(RepositoryRoot, file.RelativePath.Replace('/', Path.DirectorySeparatorChar));
}
