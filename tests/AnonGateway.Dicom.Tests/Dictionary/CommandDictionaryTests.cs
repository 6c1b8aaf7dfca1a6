using AnonGateway.Dicom.Dictionary;

namespace AnonGateway.Dicom.Tests.Dictionary;

public class CommandDictionaryTests
{
    [Theory]
    [InlineData(0x0002, DicomVR.UI, "AffectedSOPClassUID")]
    [InlineData(0x0100, DicomVR.US, "CommandField")]
    [InlineData(0x0900, DicomVR.US, "Status")]
    [InlineData(0x0902, DicomVR.LO, "ErrorComment")]
    [InlineData(0x1000, DicomVR.UI, "AffectedSOPInstanceUID")]
    [InlineData(0x1030, DicomVR.AE, "MoveOriginatorApplicationEntityTitle")]
    public void CommandElements_HaveTheirPS37VR(ushort element, DicomVR vr, string keyword)
    {
        var entry = DicomDictionary.Lookup(new DicomTag(0x0000, element));
        Assert.NotNull(entry);
        Assert.Equal(vr, entry.VR);
        Assert.Equal(keyword, entry.Keyword);
        Assert.Same(entry, DicomDictionary.LookupKeyword(keyword));
    }

    [Fact]
    public void CommandGroupLength_IsUL_AndNotAGenericGroupLength() =>
        Assert.Equal("CommandGroupLength", DicomDictionary.Lookup(new DicomTag(0, 0))!.Keyword);
}
