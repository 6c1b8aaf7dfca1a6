using System.Reflection;

namespace AnonGateway.Tests;

/// <summary>The assemblies are the layer fence: a NuGet reference can sneak in where a project reference cannot.</summary>
public class LayeringTests
{
    private static string[] ReferencesOf(string assemblyName) =>
        [.. Assembly.Load(assemblyName).GetReferencedAssemblies().Select(a => a.Name!)];

    [Fact]
    public void DicomCore_ReferencesNoOtherLayerAndNoHostLibrary()
    {
        var refs = ReferencesOf("AnonGateway.Dicom");
        Assert.DoesNotContain(refs, r => r.StartsWith("AnonGateway", StringComparison.Ordinal));
        Assert.DoesNotContain(refs, r => r.StartsWith("Serilog", StringComparison.Ordinal) || r.StartsWith("Polly", StringComparison.Ordinal) || r.Contains("Hosting", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("AnonGateway.Dicom.Network")]
    [InlineData("AnonGateway.DicomEdit")]
    public void MiddleLayers_ReferenceOnlyTheCore(string assembly)
    {
        var refs = ReferencesOf(assembly).Where(r => r.StartsWith("AnonGateway", StringComparison.Ordinal));
        Assert.All(refs, r => Assert.Equal("AnonGateway.Dicom", r));
        Assert.DoesNotContain(ReferencesOf(assembly), r => r.StartsWith("Serilog", StringComparison.Ordinal) || r.StartsWith("Polly", StringComparison.Ordinal));
    }
}
