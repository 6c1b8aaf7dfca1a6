using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Runtime.Interpreter;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Runtime;

/// <summary>Behaviour of the compiled script itself: per-object state, thread safety, errors that the checker
/// normally catches first (the runtime must still fail cleanly), and that messages never carry patient values.</summary>
public sealed class InterpreterTests
{
    private static readonly DicomTag PatientName = new(0x0010, 0x0010);
    private static readonly DicomTag StudyDescription = new(0x0008, 0x1030);

    // Prepared without the checker, to reach the runtime's own errors.
    private static CompiledScript Unchecked(string text)
    {
        var source = SourceText.From(text, "raw.das");
        var tree = SyntaxTree.Parse(source);
        Assert.False(tree.HasErrors, string.Join("; ", tree.Diagnostics));
        return V6CompiledScript.Create(source, tree.Root);
    }

    private static DicomDataset Patient(string name)
    {
        var ds = new DicomDataset();
        ds.SetString(PatientName, DicomVR.PN, name);
        return ds;
    }

    [Fact]
    public void Variables_ResetForEachObject()
    {
        var script = TestScripts.Compile("version \"6.6\"\n(0010,0010) = \"A\" ? seen := \"yes\"\n(0008,1030) := format[\"{0}\", seen]\n");
        var context = new ScriptContext { Variables = new Dictionary<string, string> { ["seen"] = "no" } };
        var a = Patient("A");
        var b = Patient("B");
        script.Apply(a, context);
        script.Apply(b, context);
        Assert.Equal("yes", a.GetString(StudyDescription));
        Assert.Equal("no", b.GetString(StudyDescription));
    }

    [Fact]
    public void CompiledScript_IsThreadSafe()
    {
        var script = TestScripts.Compile("version \"6.6\"\nn := (0010,0010)\n(0008,1030) := hashUID[n]\n(0010,0010) ~ \"P\\\\d+\" ? (0010,0020) := lowercase[n]\n");
        var results = new string?[400];
        Parallel.For(0, results.Length, i =>
        {
            var ds = Patient("P" + i);
            script.Apply(ds, new ScriptContext());
            results[i] = ds.GetString(StudyDescription) + "|" + ds.GetString(new DicomTag(0x0010, 0x0020));
        });
        for (int i = 0; i < results.Length; i++)
            Assert.Equal(AnonGateway.DicomEdit.Runtime.Uids.UidHasher.Hash("P" + i) + "|p" + i, results[i]);
    }

    [Fact]
    public void UnsupportedVersion_FailsAtTheStatement()
    {
        var ex = Assert.Throws<MizerException>(() => Unchecked("version \"6.6\"\nversion \"7.0\"\n").Apply(new DicomDataset(), new ScriptContext()));
        Assert.Equal(1, ex.Position.Line);
        Assert.Equal("version \"7.0\"", ex.StatementText);
        Assert.Equal(AnonGateway.DicomEdit.Runtime.RuntimeErrorCodes.UnsupportedVersion, ex.Code);
    }

    [Fact]
    public void WildcardReadAsValue_Fails()
    {
        var ex = Assert.Throws<MizerException>(() => Unchecked("version \"6.6\"\n(0008,1030) := */(0010,0010)\n").Apply(Patient("X"), new ScriptContext()));
        Assert.Contains("may match several attributes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFunction_FailsAtTheCall()
    {
        var ex = Assert.Throws<MizerException>(() => Unchecked("version \"6.6\"\n(0008,1030) := isMatch[(0010,0010), \"x\"]\n").Apply(Patient("X"), new ScriptContext()));
        Assert.Equal(15, ex.Position.Column);
        Assert.Contains("'isMatch'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(0008,1030) := substring[(0010,0010), 5, 99]")]
    [InlineData("(0018,1310) := (0010,0010)")]
    [InlineData("(0008,1030) := shiftDateByIncrement[(0010,0010), 1]")]
    [InlineData("(0008,1030) := format[\"{\", (0010,0010)]")]
    [InlineData("(0010,0010) ~ \"(\" ? (0008,1030) := \"x\"")]
    public void Errors_NeverQuotePatientValues(string statement)
    {
        const string secret = "Secretname^Patient";
        var ex = Assert.Throws<MizerException>(() => Unchecked("version \"6.6\"\n" + statement + "\n").Apply(Patient(secret), new ScriptContext()));
        Assert.DoesNotContain("Secretname", ex.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^raw\.das:2:\d+: error: ", ex.Message);
    }

    [Fact]
    public void Cancellation_StopsTheRun()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            TestScripts.Compile("version \"6.6\"\n-(0010,0010)\n").Apply(Patient("X"), new ScriptContext { CancellationToken = cts.Token }));
    }

    [Fact]
    public void Chain_RunsSiteThenProject_AndStopsOnReject()
    {
        var site = TestScripts.Compile("version \"6.6\"\n(0008,1030) := \"site\"\n", "site.das");
        var project = TestScripts.Compile("version \"6.6\"\n(0008,1030) := concatenate[(0008,1030), \"+project\"]\n", "project.das");
        var ds = Patient("X");
        Assert.Equal(ScriptOutcome.Written, new ScriptChain([site, project]).Apply(ds, new ScriptContext()));
        Assert.Equal("site+project", ds.GetString(StudyDescription));
        var reject = TestScripts.Compile("version \"6.6\"\nreject[]\n", "reject.das");
        var ds2 = Patient("X");
        Assert.Equal(ScriptOutcome.Rejected, new ScriptChain([reject, site]).Apply(ds2, new ScriptContext()));
        Assert.Null(ds2.GetString(StudyDescription));
    }

    [Fact]
    public void ExternalVariables_IncludeFunctionArgumentsAndDescribedNames()
    {
        var script = TestScripts.Compile("version \"6.6\"\ndescribe hiddenName hidden\n(0010,0010) := format[\"{0}_{1}\", project, subject]\nlocal := \"x\"\n(0010,0020) := local\n");
        Assert.Equal(["hiddenName", "project", "subject"], script.ExternalVariables.Order(StringComparer.Ordinal));
    }

    private sealed class FakeFetcher(string? body, TimeSpan delay) : IUrlFetcher
    {
        public Uri? Asked { get; private set; }

        public string? Fetch(Uri url, CancellationToken cancellationToken)
        {
            Asked = url;
            if (delay > TimeSpan.Zero && cancellationToken.WaitHandle.WaitOne(delay)) cancellationToken.ThrowIfCancellationRequested();
            return body;
        }
    }

    private sealed class FakeLookup : ILookupProvider
    {
        public string? Lookup(string keyType, string key, CancellationToken cancellationToken) =>
            keyType == "subject" && key == "Doe^John" ? "SUBJ_001" : null;
    }

    [Fact]
    public void GetUrl_UsesTheHostFetcher_JoinsLines()
    {
        var fetcher = new FakeFetcher("line1\nline2\n", TimeSpan.Zero);
        var ds = Patient("X");
        TestScripts.Compile("version \"6.6\"\n(0008,1030) := getURL[\"http://config.invalid/site\"]\n").Apply(ds, new ScriptContext { UrlFetcher = fetcher });
        Assert.Equal("line1line2", ds.GetString(StudyDescription));
        Assert.Equal("config.invalid", fetcher.Asked?.Host);
    }

    [Fact]
    public void GetUrl_TimesOut_AndIsOffWithoutAFetcher()
    {
        var script = TestScripts.Compile("version \"6.6\"\n(0008,1030) := getURL[\"http://slow.invalid/\"]\n");
        var slow = new ScriptContext
        {
            UrlFetcher = new FakeFetcher("late", TimeSpan.FromSeconds(30)),
            Limits = new ExecutionLimits { ExternalCallTimeout = TimeSpan.FromMilliseconds(100) },
        };
        var timedOut = Assert.Throws<MizerException>(() => script.Apply(Patient("X"), slow));
        Assert.Contains("no answer", timedOut.Message, StringComparison.Ordinal);
        var off = Assert.Throws<MizerException>(() => script.Apply(Patient("X"), new ScriptContext()));
        Assert.Contains("disabled", off.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lookup_FoundAndMissing()
    {
        var script = TestScripts.Compile("version \"6.6\"\n(0010,0020) := lookup[\"subject\", (0010,0010)]\n(0010,1000) := lookup[\"subject\", \"nobody\"]\n");
        var ds = Patient("Doe^John");
        script.Apply(ds, new ScriptContext { Lookup = new FakeLookup() });
        Assert.Equal("SUBJ_001", ds.GetString(new DicomTag(0x0010, 0x0020)));
        Assert.Null(ds.GetString(new DicomTag(0x0010, 0x1000)));
    }
}
