using AnonGateway.Dicom.IO;
using AnonGateway.DicomEdit.Tests.Reference;
using AnonGateway.DicomEdit.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.Runtime;

/// <summary>Every sample script of ../shared/docs/das-samples runs on every well-formed corpus file without a crash:
/// each object is written, rejected, or fails with a located <see cref="MizerException"/> — nothing else escapes.</summary>
public sealed class SampleScriptsOnCorpusTests
{
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(Path.Combine(TestPaths.Docs, "das-samples"), "*.das").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_RunsOnEveryWellFormedCorpusFile(string sample)
    {
        var compilation = ScriptCompiler.Compile(SourceText.Load(Path.Combine(TestPaths.Docs, "das-samples", sample)));
        if (compilation.Script is null)
        {
            // A sample XNAT itself would refuse (e.g. version "7.0") must be refused with located diagnostics.
            Assert.All(compilation.Diagnostics.Where(d => d.IsError), d => Assert.Matches(@":\d+:\d+: error ", d.ToString()));
            return;
        }
        var context = new ScriptContext
        {
            Variables = new Dictionary<string, string>(StringComparer.Ordinal) { ["project"] = "P", ["subject"] = "S", ["session"] = "E" },
        };
        int ran = 0;
        foreach (var relative in TestPaths.WellFormedCorpusFiles())
        {
            DicomFile file;
            try { file = DicomFile.Open(Path.Combine(TestPaths.Corpus, relative)); }
            catch (DicomFormatException) { continue; } // not a Part 10 file (e.g. a DICOMDIR helper); the reader's concern
            var dataset = DicomEditReferenceTests.WithMeta(file);
            try
            {
                compilation.Script.Apply(dataset, context);
            }
            catch (MizerException ex)
            {
                Assert.Matches(@"^.+:\d+:\d+: error: ", ex.Message);
            }
            ran++;
        }
        Assert.True(ran > 0, "no corpus file could be read");
    }
}
