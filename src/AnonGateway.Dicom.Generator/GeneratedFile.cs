namespace AnonGateway.Dicom.Generator;

/// <summary>One file the generator writes: its path relative to the repository root (forward slashes) and its text.</summary>
public sealed record GeneratedFile(string RelativePath, string Content);
