using AnonGateway.Dicom.Generator;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.Dictionary;

/// <summary>The checked-in generated tables are what the generator produces from ../shared/dicom-standard today.</summary>
public sealed class GeneratedTablesTests
{
    [Fact]
    public void CheckedInTables_AreCurrent()
    {
        var stale = new TableGenerator(TestPaths.DicomStandard, TestPaths.RepoRoot).FindStale();
        Assert.True(stale.Count == 0, "stale generated files (run dotnet run --project src/AnonGateway.Dicom.Generator): " + string.Join(", ", stale));
    }

    [Fact]
    public void Main_Check_ExitsZeroOnTheCheckout() =>
        Assert.Equal(0, Program.Main(["--check", "--repo", TestPaths.RepoRoot, "--standard", TestPaths.DicomStandard]));

    [Fact]
    public void Main_Check_ExitsOneWhenAGeneratedFileWasEdited()
    {
        using var temp = new TempDirectory("generator");
        var data = temp.Combine("src", "AnonGateway.Dicom.Generator", "Data");
        Directory.CreateDirectory(data);
        foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "src", "AnonGateway.Dicom.Generator", "Data")))
            File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
        var generator = new TableGenerator(TestPaths.DicomStandard, temp.Path);

        Assert.Equal(5, generator.Write().Count);
        Assert.Empty(generator.Write());
        Assert.Empty(generator.FindStale());
        Assert.Equal(0, Program.Main(["--check", "--repo", temp.Path, "--standard", TestPaths.DicomStandard]));

        var edited = temp.Combine("src", "AnonGateway.Dicom", "TransferSyntaxes", "Generated", "KnownTransferSyntaxes.g.cs");
        File.AppendAllText(edited, "// hand edit\n");
        Assert.Equal([TransferSyntaxWriter.OutputPath], generator.FindStale());
        Assert.Equal(1, Program.Main(["--check", "--repo", temp.Path, "--standard", TestPaths.DicomStandard]));
    }

    [Fact]
    public void Generate_IsDeterministic()
    {
        var generator = new TableGenerator(TestPaths.DicomStandard, TestPaths.RepoRoot);
        Assert.Equal(generator.Generate(), generator.Generate());
    }

    [Theory]
    [InlineData("(0010,0010)", 0x00100010u, 0xFFFFFFFFu)]
    [InlineData("(60XX,3000)", 0x60003000u, 0xFFE1FFFFu)]
    [InlineData("(0020,31XX)", 0x00203100u, 0xFFFFFF00u)]
    [InlineData("(0028,04X2)", 0x00280402u, 0xFFFFFF0Fu)]
    [InlineData("(1000,XXX5)", 0x10000005u, 0xFFFF000Fu)]
    [InlineData("(1010,XXXX)", 0x10100000u, 0xFFFF0000u)]
    [InlineData("(50xx,xxxx)", 0x50000000u, 0xFFE10000u)]
    public void TagPattern_Parse(string text, uint value, uint mask) =>
        Assert.Equal(new TagPattern(value, mask), TagPattern.Parse(text));

    [Theory]
    [InlineData("(0010,001)")]
    [InlineData("(X010,0010)")]
    [InlineData("(0010,00G0)")]
    public void TagPattern_Parse_RejectsMalformed(string text) =>
        Assert.Throws<FormatException>(() => TagPattern.Parse(text));

    [Theory]
    [InlineData("PN", "PN", "PN")]
    [InlineData("OB or OW", "OW", "OB/OW")]
    [InlineData("US or SS", "US", "US/SS")]
    [InlineData("US or SS or OW", "US", "US/SS/OW")]
    [InlineData("US or OW", "US", "US/OW")]
    [InlineData("See Note 2", "", "")]
    [InlineData("", "UN", "")]
    public void VRSpecification_Parse(string text, string chosen, string alternatives)
    {
        var vr = VRSpecification.Parse(text);
        Assert.Equal(chosen, vr.Default);
        Assert.Equal(alternatives, string.Join('/', vr.Alternatives));
    }

    [Fact]
    public void VRSpecification_Parse_RejectsUnknownVR() =>
        Assert.Throws<FormatException>(() => VRSpecification.Parse("US or XX"));

    [Fact]
    public void UidOrder_ComparesComponentsNumerically()
    {
        Assert.True(UidOrder.Instance.Compare("1.2.840.10008.1.2.4.100", "1.2.840.10008.1.2.4.90") > 0);
        Assert.True(UidOrder.Instance.Compare("1.2.840.10008.1.2", "1.2.840.10008.1.2.1") < 0);
        Assert.Equal(0, UidOrder.Instance.Compare("1.2.3", "1.2.3"));
    }
}
