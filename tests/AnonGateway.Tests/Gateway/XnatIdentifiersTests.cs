using AnonGateway.Anonymization;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Tests.Gateway;

public class XnatIdentifiersTests
{
    private static DicomDataset Ds(string? patientComments = null, string? studyComments = null)
    {
        var ds = new DicomDataset();
        ds.SetString(new DicomTag(0x0010, 0x0010), DicomVR.PN, "Doe^John");
        ds.SetString(new DicomTag(0x0010, 0x0020), DicomVR.LO, "PID123");
        if (patientComments is not null) ds.SetString(new DicomTag(0x0010, 0x4000), DicomVR.LT, patientComments);
        if (studyComments is not null) ds.SetString(new DicomTag(0x0032, 0x4000), DicomVR.LT, studyComments);
        return ds;
    }

    [Fact]
    public void WithoutTokens_SubjectIsPatientName_SessionIsPatientId()
    {
        var ds = Ds();
        Assert.Equal("Doe^John", XnatIdentifiers.Subject(ds));
        Assert.Equal("PID123", XnatIdentifiers.Session(ds));
    }

    [Fact]
    public void TokensInPatientComments_Win()
    {
        var ds = Ds("Project: NEURO Subject: S01 Session: S01_MR1");
        Assert.Equal("S01", XnatIdentifiers.Subject(ds));
        Assert.Equal("S01_MR1", XnatIdentifiers.Session(ds));
    }

    [Fact]
    public void TokensInStudyComments_AreUsedWhenPatientCommentsHaveNone()
    {
        var ds = Ds("nothing here", "Subject:S02");
        Assert.Equal("S02", XnatIdentifiers.Subject(ds));
        Assert.Equal("PID123", XnatIdentifiers.Session(ds));
    }

    [Fact]
    public void RoutingComment_IsWrittenToPatientComments_AndReadsBack()
    {
        var ds = Ds();
        XnatIdentifiers.WriteRoutingComment(ds, "NEURO", "S9", "E9");
        Assert.Equal("Project: NEURO Subject: S9 Session: E9", ds.GetString(new DicomTag(0x0010, 0x4000)));
        Assert.Equal("S9", XnatIdentifiers.Subject(ds));
        Assert.Equal("E9", XnatIdentifiers.Session(ds));
    }
}
