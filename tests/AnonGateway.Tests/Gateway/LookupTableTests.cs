using AnonGateway.Anonymization;
using AnonGateway.Commands;
using AnonGateway.Configuration;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Hosting;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>The table behind <c>lookup[keyType, key]</c>: Java properties syntax, keys <c>keyType/key</c>, reloads that
/// never leave a broken table in use, and the wiring into a route and into <c>anongw apply --lookup</c>.</summary>
public class LookupTableTests
{
    private static readonly DicomTag PatientId = new(0x0010, 0x0020);
    private const string CtSmall = "transfer-syntax/CT_small.dcm"; // Patient ID 1CT1

    private static string Write(TempDirectory temp, string text, string name = "lookup.properties")
    {
        var path = temp.Combine(name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>One route whose project script replaces Patient ID by the table's value for it.</summary>
    private static GatewayOptions RouteWithLookup(TempDirectory temp, string table) => new()
    {
        SiteScript = null,
        SpoolPath = temp.Combine("spool"),
        Routes = [new RouteOptions
        {
            Name = "r", CalledAeTitle = "*", Destination = "local", LookupTable = Write(temp, table),
            ProjectScript = Write(temp, "version \"6.3\"\n(0010,0020) := lookup[\"patientid\", (0010,0020)]\n", "project.das"),
        }],
        Destinations = new() { ["local"] = new DestinationOptions { Folder = temp.Combine("out") } },
    };

    [Fact]
    public void PropertiesSyntax_IsReadAsJavaReadsIt()
    {
        using var temp = new TempDirectory("lookup");
        var table = LookupTable.Load(Write(temp, """
            # pseudonyms
            ! also a comment
            patientid/1CT1 = SUBJ001
            patientid/2:SUBJ002
            patientid/3 SUBJ003
               patientid/4=  R\u00e9my \
                 continued
            patientid/a\=b = escaped key
            patientid/5 = first
            patientid/5 = second
            """), LookupMissingKey.NoValue);
        Assert.Equal("SUBJ001", table.Lookup("patientid", "1CT1", default));
        Assert.Equal("SUBJ002", table.Lookup("patientid", "2", default));
        Assert.Equal("SUBJ003", table.Lookup("patientid", "3", default));
        Assert.Equal("Rémy continued", table.Lookup("patientid", "4", default));
        Assert.Equal("escaped key", table.Lookup("patientid", "a=b", default));
        Assert.Equal("second", table.Lookup("patientid", "5", default));
        Assert.Null(table.Lookup("patientid", "6", default));
        Assert.Null(table.Lookup("subject", "1CT1", default));
        Assert.Equal(6, table.Count); // patientid/5 twice
    }

    [Fact]
    public void MissingKey_FailsByDefault()
    {
        using var temp = new TempDirectory("lookup");
        var table = LookupTable.Load(Write(temp, "patientid/1 = A\n"));
        Assert.Equal(LookupMissingKey.Fail, table.MissingKey);
        Assert.Throws<KeyNotFoundException>(() => table.Lookup("patientid", "2", default));
    }

    [Fact]
    public void RouteLookupOfAMissingKey_FailsTheObject_WithoutNamingThePatientValue()
    {
        using var temp = new TempDirectory("lookup");
        var options = RouteWithLookup(temp, "patientid/OTHER = SUBJ009\n");
        var runtime = GatewayRuntime.Create(options);
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, CtSmall));
        var result = runtime.Pipeline.Run(file.Dataset, runtime.Routes.Find("r")!, echo: null, CancellationToken.None);
        Assert.Equal(AnonymizationOutcome.Failed, result.Outcome);
        Assert.Equal(1, result.Error!.Position.Line); // 0-based: the lookup line
        Assert.Contains("no entry for this object's patientid", result.Error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("1CT1", result.Error.Message, StringComparison.Ordinal);

        options.Routes[0].LookupMissingKey = LookupMissingKey.NoValue;
        var lenient = GatewayRuntime.Create(options);
        file = DicomFile.Open(Path.Combine(TestPaths.Corpus, CtSmall));
        Assert.Equal(AnonymizationOutcome.Written, lenient.Pipeline.Run(file.Dataset, lenient.Routes.Find("r")!, echo: null, CancellationToken.None).Outcome);
        Assert.Equal("1CT1", file.Dataset.GetString(PatientId)); // NoValue: the assignment did nothing
    }

    [Fact]
    public void KeyWithoutKeyType_IsRefused_WithFileAndLine()
    {
        using var temp = new TempDirectory("lookup");
        var path = Write(temp, "patientid/1 = A\n\n12345 = B\n");
        var ex = Assert.Throws<LookupTableException>(() => LookupTable.Load(path));
        Assert.StartsWith(path + ":3: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reload_TakesAGoodChange_AndKeepsTheOldTableOnABadOne()
    {
        using var temp = new TempDirectory("lookup");
        var path = Write(temp, "patientid/1 = A\n");
        var table = LookupTable.Load(path);
        File.WriteAllText(path, "patientid/1 = B\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(5));
        Assert.Null(table.ReloadIfChanged(out bool reloaded));
        Assert.True(reloaded);
        Assert.Equal("B", table.Lookup("patientid", "1", default));

        File.WriteAllText(path, "no key type here\n");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(10));
        Assert.NotNull(table.ReloadIfChanged(out reloaded));
        Assert.False(reloaded);
        Assert.Equal("B", table.Lookup("patientid", "1", default));
    }

    [Fact]
    public void RouteWithATable_AnswersItsScriptsLookups()
    {
        using var temp = new TempDirectory("lookup");
        var options = RouteWithLookup(temp, "patientid/1CT1 = SUBJ001\n");
        var runtime = GatewayRuntime.Create(options);
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, CtSmall));
        var result = runtime.Pipeline.Run(file.Dataset, runtime.Routes.Find("r")!, echo: null, CancellationToken.None);
        Assert.Equal(AnonymizationOutcome.Written, result.Outcome);
        Assert.Equal("SUBJ001", file.Dataset.GetString(PatientId));
    }

    [Fact]
    public void MalformedTable_StopsTheStart_NamingTheRouteKey()
    {
        using var temp = new TempDirectory("lookup");
        var options = RouteWithLookup(temp, "oops\n");
        var ex = Assert.Throws<GatewayConfigurationException>(() => GatewayRuntime.Create(options));
        Assert.StartsWith("Gateway:Routes:0:LookupTable: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_WithLookup_WritesTheTablesValue()
    {
        using var temp = new TempDirectory("lookup");
        var script = Write(temp, "version \"6.3\"\n(0010,0020) := lookup[\"patientid\", (0010,0020)]\n", "project.das");
        var table = Write(temp, "patientid/1CT1 = SUBJ001\n");
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.Copy(Path.Combine(TestPaths.Corpus, CtSmall), Path.Combine(input, "ct.dcm"));
        var output = new StringWriter();
        var error = new StringWriter();
        int rc = ApplyCommand.Run([script], [], temp.Combine("out"), diff: true, [input], output, error, lookupTable: table);
        Assert.True(rc == 0, error.ToString());
        Assert.Contains("~ (0010,0020) LO [1CT1] -> LO [SUBJ001]", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("SUBJ001", DicomFile.Open(temp.Combine("out/ct.dcm")).Dataset.GetString(PatientId));

        Assert.Equal(ApplyCommand.UsageError, ApplyCommand.Run([script], [], null, false, [input], new StringWriter(), error, lookupTable: temp.Combine("missing.properties")));
    }
}
