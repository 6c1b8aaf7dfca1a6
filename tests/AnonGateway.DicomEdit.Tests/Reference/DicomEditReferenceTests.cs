using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;
using AnonGateway.DicomEdit.Tests.Runtime;

namespace AnonGateway.DicomEdit.Tests.Reference;

/// <summary>The 106 measured DicomEdit 6 cases: every object of every case must come out as DicomEdit's did —
/// written (equal to expected/NAME.dcm as a data set), rejected, or failed with our own located message.</summary>
public sealed class DicomEditReferenceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var name in ReferenceCase.Names()) data.Add(name);
        return data;
    }

    [Fact]
    public void ReferenceFolder_HasAll106Cases() => Assert.Equal(106, ReferenceCase.Names().Count());

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_ReproducesDicomEdit(string name)
    {
        var problems = Run(ReferenceCase.Load(name));
        Assert.True(problems.Count == 0, $"case {name}:\n" + string.Join("\n", problems));
    }

    /// <summary>Runs a case; one line per object that does not match.</summary>
    internal static List<string> Run(ReferenceCase c)
    {
        var problems = new List<string>();
        var compilations = c.Scripts.Select(s => TestScripts.TryCompile(Text.SourceText.Load(s))).ToList();
        if (compilations.Any(x => x.HasErrors))
        {
            // Our checker refuses the script before any object (validate error, located): acceptable only where
            // DicomEdit failed every object.
            foreach (var (input, outcome) in c.Outcomes)
                if (outcome != "fails")
                    problems.Add($"{input}: expected {outcome}, but the script does not compile: " +
                        string.Join("; ", compilations.SelectMany(x => x.Diagnostics).Where(d => d.IsError)));
            return problems;
        }
        var chain = new ScriptChain(compilations.Select(x => x.Script!));
        var context = new ScriptContext { Variables = c.Variables };
        foreach (var (input, outcome) in c.Outcomes)
        {
            var file = DicomFile.Open(c.InputPath(input));
            var dataset = WithMeta(file);
            ScriptOutcome? result = null;
            MizerException? error = null;
            try { result = chain.Apply(dataset, context); }
            catch (MizerException ex) { error = ex; }
            switch (outcome)
            {
                case "written" when result == ScriptOutcome.Written:
                    var expected = DicomFile.Open(c.ExpectedPath(input)).Dataset;
                    var diff = DatasetComparer.Compare(expected, dataset);
                    if (diff.Count > 0) problems.Add($"{input}: output differs:\n  " + string.Join("\n  ", diff));
                    break;
                case "rejected" when result == ScriptOutcome.Rejected:
                    break;
                case "fails" when error is not null:
                    if (!System.Text.RegularExpressions.Regex.IsMatch(error.Message, @"^.+\.das:\d+:\d+: error: ") || error.Message.Contains("Exception", StringComparison.Ordinal))
                        problems.Add($"{input}: failure message is not located or not ours: {error.Message}");
                    break;
                default:
                    problems.Add($"{input}: expected {outcome}, got {(error is not null ? "failure: " + error.Message : result?.ToString())}");
                    break;
            }
        }
        return problems;
    }

    /// <summary>The data set with the file meta elements merged in, as XNAT shows group 0002 to scripts (spec §11).</summary>
    internal static DicomDataset WithMeta(DicomFile file)
    {
        var dataset = file.Dataset;
        if (file.Meta is not null)
            foreach (var e in file.Meta.Elements)
                if (e.Tag.Element != 0x0000) dataset.Set(e.Clone());
        return dataset;
    }
}
