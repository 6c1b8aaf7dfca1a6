using AnonGateway.Commands;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Apply;

/// <summary>The shipped site script (what an out-of-the-box gateway runs) leaves no patient identifier of a real object in
/// its patient attributes (group 0010), nested sequences included.</summary>
public sealed class DefaultSiteScriptTests
{
    [Fact]
    public void CtSmall_KeepsNoPatientIdentifier_AtAnyDepth()
    {
        using var temp = new TempDirectory("site");
        var input = temp.Combine("in");
        Directory.CreateDirectory(input);
        var source = Path.Combine(TestPaths.Corpus, "transfer-syntax/CT_small.dcm");
        File.Copy(source, Path.Combine(input, "ct.dcm"));
        var site = Path.Combine(TestPaths.RepoRoot, "config", "scripts", "site.das");
        var error = new StringWriter();
        int rc = ApplyCommand.Run([site], ["project=P", "subject=SUBJ", "session=SESS"], temp.Combine("out"), diff: false, [input], new StringWriter(), error);
        Assert.True(rc == 0, error.ToString());

        // CT_small's identity: Patient's Name, Patient ID, and two more IDs in Other Patient IDs Sequence (0010,1002). (Its
        // Study ID is also "1CT1": a study attribute, which the script keeps.)
        string[] identifiers = ["CompressedSamples^CT1", "1CT1", "ABCD1234", "1234ABCD"];
        Assert.All(identifiers, id => Assert.Contains(id, Texts(DicomFile.Open(source).Dataset)));
        var left = Texts(DicomFile.Open(temp.Combine("out/ct.dcm")).Dataset).Where(t => identifiers.Any(id => t.Contains(id, StringComparison.Ordinal))).ToList();
        Assert.True(left.Count == 0, "left in the object: " + string.Join(", ", left));
    }

    // The text of every patient attribute (group 0010), at any depth.
    private static IEnumerable<string> Texts(DicomDataset ds)
    {
        foreach (var e in ds)
        {
            if (e is DicomSequence sq)
            {
                foreach (var item in sq.Items)
                    foreach (var t in Texts(item)) yield return t;
            }
            else if (e.Tag.Group == 0x0010 && e is DicomValueElement v && v.VR.IsString() && ds.GetString(e.Tag) is { } text)
            {
                yield return text;
            }
        }
    }
}
