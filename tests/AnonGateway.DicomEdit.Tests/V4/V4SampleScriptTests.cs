using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;
using AnonGateway.DicomEdit.V4;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.V4;

/// <summary>The real DicomEdit 4 script of das-samples: it compiles without errors and runs on the whole corpus.</summary>
public class V4SampleScriptTests
{
    private static string SamplePath => Path.Combine(TestPaths.Docs, "das-samples", "dicom-edit4-basic-2011.das");

    private static (CompiledScript Script, IReadOnlyList<ScriptDiagnostic> Diagnostics) CompileSample()
    {
        var bag = new DiagnosticBag();
        var script = V4Compiler.Compile(SourceText.Load(SamplePath), bag);
        Assert.True(script is not null, string.Join('\n', bag.Items.Select(V4Scripts.Describe)));
        return (script, bag.Items);
    }

    [Fact]
    public void The_basic_profile_script_compiles_without_errors_or_warnings()
    {
        var (script, diagnostics) = CompileSample();
        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal(DicomEditLanguage.V4, script.Language);
        Assert.Null(script.DeclaredVersion);
        Assert.Equal(["project", "session", "subject"], script.ExternalVariables.Order(StringComparer.Ordinal));
        // The only infos are XNAT's three variables.
        Assert.Equal(3, diagnostics.Count(d => d.Code == "DE4209"));
    }

    [Fact]
    public void The_basic_profile_script_runs_on_every_well_formed_corpus_file()
    {
        var (script, _) = CompileSample();
        var context = new ScriptContext
        {
            Variables = new Dictionary<string, string> { ["project"] = "PRJ", ["subject"] = "SUBJ", ["session"] = "SESS" },
        };
        var failures = new List<string>();
        int ran = 0;
        foreach (var relative in TestPaths.WellFormedCorpusFiles())
        {
            var path = Path.Combine(TestPaths.Corpus, relative);
            DicomFile file;
            try { file = DicomFile.Open(path); }
            catch (DicomFormatException) { continue; } // not a DICOM file the reader accepts (e.g. a non-Part-10 helper file)
            var ds = file.Dataset;
            bool hadSop = ds.Contains(new DicomTag(0x0008, 0x0018));
            // DicomEdit reads a UN element as the UTF-8 text of its bytes (explicit_VR-UN.dcm has its UIDs as UN).
            var original = !hadSop ? null
                : ds[new DicomTag(0x0008, 0x0018)] is DicomValueElement { VR: DicomVR.UN } un
                    ? System.Text.Encoding.UTF8.GetString(un.Value.Memory.Span).TrimEnd('\0')
                    : ds.GetString(new DicomTag(0x0008, 0x0018));
            try
            {
                script.Apply(ds, context);
            }
            catch (MizerException ex)
            {
                failures.Add($"{relative}: {ex.Message}");
                continue;
            }
            ran++;
            Assert.Equal("SUBJ", ds.GetString(new DicomTag(0x0010, 0x0010)));
            Assert.Equal("SESS", ds.GetString(new DicomTag(0x0010, 0x0020)));
            Assert.Equal("PRJ", ds.GetString(new DicomTag(0x0008, 0x1030)));
            Assert.Equal("YES", ds.GetString(new DicomTag(0x0012, 0x0062)));
            Assert.DoesNotContain(ds, e => e.Tag.IsPrivate);
            if (original is not null && DicomEdit.Runtime.Uids.UidHasher.Hash(original.Trim()) != ds.GetString(new DicomTag(0x0008, 0x0018)))
                failures.Add($"{relative}: SOP Instance UID not hashed as expected");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(ran >= 50, $"only {ran} corpus files were read");
    }
}
