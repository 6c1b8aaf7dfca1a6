using System.Buffers.Binary;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.TransferSyntaxes;
using AnonGateway.Dicom.Uids;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary>Bare data sets (what the network reads and writes) and the encoding rules, checked against hand-made bytes.</summary>
public sealed class DatasetReaderWriterTests
{
    [Fact]
    public void Write_CommandSetInImplicitVR_RecomputesGroupLength()
    {
        var command = new DicomDataset();
        command.Set(new DicomValueElement(new DicomTag(0x0000, 0x0000), DicomVR.UL, new byte[4]));
        command.SetString(new DicomTag(0x0000, 0x0002), DicomVR.UI, "1.2.840.10008.1.1");
        command.SetString(new DicomTag(0x0000, 0x0100), DicomVR.US, "48");
        var bytes = DicomDatasetWriter.ToArray(command, TransferSyntax.ImplicitVRLittleEndian);
        // (0000,0000) UL: 8 header + 4; (0000,0002): 8 + 18 ("1.2.840.10008.1.1" + NUL pad); (0000,0100): 8 + 2.
        Assert.Equal(12 + 26 + 10, bytes.Length);
        Assert.Equal(36u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)));
        Assert.Equal(0, bytes[12 + 8 + 17]); // UI padded with NUL

        var back = DicomDatasetReader.Read(bytes, TransferSyntax.ImplicitVRLittleEndian);
        Assert.Equal("1.2.840.10008.1.1", back.GetString(new DicomTag(0x0000, 0x0002)));
        Assert.Equal([(ushort)48], back.GetValues<ushort>(new DicomTag(0x0000, 0x0100)));
    }

    [Fact]
    public void Write_BigEndian_SwapsBinaryValuesButNotStrings()
    {
        var ds = new DicomDataset();
        ds.SetString(new DicomTag(0x0010, 0x0010), DicomVR.PN, "Doe^John");
        ds.SetString(new DicomTag(0x0028, 0x0010), DicomVR.US, "512");
        var bytes = DicomDatasetWriter.ToArray(ds, TransferSyntax.ExplicitVRBigEndian);
        byte[] expected =
        [
            0x00, 0x10, 0x00, 0x10, (byte)'P', (byte)'N', 0x00, 0x08, .. "Doe^John"u8.ToArray(),
            0x00, 0x28, 0x00, 0x10, (byte)'U', (byte)'S', 0x00, 0x02, 0x02, 0x00,
        ];
        Assert.Equal(expected, bytes);
        var back = DicomDatasetReader.Read(bytes, TransferSyntax.ExplicitVRBigEndian);
        Assert.Equal("512", back.GetString(new DicomTag(0x0028, 0x0010)));
    }

    [Fact]
    public void Read_OddLength_IsKeptAndPaddedOnWrite()
    {
        byte[] odd = [0x10, 0x00, 0x10, 0x00, (byte)'P', (byte)'N', 0x03, 0x00, (byte)'A', (byte)'B', (byte)'C'];
        var ds = DicomDatasetReader.Read(odd, TransferSyntax.ExplicitVRLittleEndian);
        Assert.Equal(3, ((DicomValueElement)ds.Elements[0]).Length);
        var written = DicomDatasetWriter.ToArray(ds, TransferSyntax.ExplicitVRLittleEndian);
        Assert.Equal(12, written.Length);
        Assert.Equal(4, written[6]);
        Assert.Equal((byte)' ', written[^1]);
    }

    [Fact]
    public void Read_UnknownVR_TwoByteLengthLikeDcmtk_WrittenAsUN()
    {
        byte[] data = [0x28, 0x00, 0x20, 0x01, 0x20, 0x20, 0x02, 0x00, 0x00, 0x00];
        var ds = DicomDatasetReader.Read(data, TransferSyntax.ExplicitVRLittleEndian);
        Assert.Equal(DicomVR.None, ds.Elements[0].VR);
        var written = DicomDatasetWriter.ToArray(ds, TransferSyntax.ExplicitVRLittleEndian);
        Assert.Equal((byte)'U', written[4]);
        Assert.Equal((byte)'N', written[5]);
        Assert.Equal(14, written.Length);
    }

    [Fact]
    public void Read_UndefinedLengthUN_IsImplicitVRSequence()
    {
        // (0009,1010) UN undefined → item → (0008,0100) implicit "AB" → item delim → seq delim.
        byte[] data =
        [
            0x09, 0x00, 0x10, 0x10, (byte)'U', (byte)'N', 0, 0, 0xFF, 0xFF, 0xFF, 0xFF,
            0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF,
            0x08, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00, 0x00, (byte)'A', (byte)'B',
            0xFE, 0xFF, 0x0D, 0xE0, 0, 0, 0, 0,
            0xFE, 0xFF, 0xDD, 0xE0, 0, 0, 0, 0,
        ];
        var ds = DicomDatasetReader.Read(data, TransferSyntax.ExplicitVRLittleEndian);
        var sq = Assert.IsType<DicomSequence>(ds.Elements[0]);
        Assert.Equal(DicomVR.SH, sq.Items[0].Elements[0].VR);
        Assert.Equal("AB", sq.Items[0].GetString(new DicomTag(0x0008, 0x0100)));
    }

    [Fact]
    public void Read_LengthBeyondTheEnd_NamesElementOffsetAndBytesLeft()
    {
        byte[] data = [0x08, 0x00, 0x10, 0x00, (byte)'S', (byte)'H', 0x02, 0x00, (byte)'A', (byte)'B', 0x10, 0x00, 0x10, 0x00, (byte)'U', (byte)'T', 0, 0, 0xFA, 0xFF, 0xFF, 0xFF, 1, 2];
        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(data, TransferSyntax.ExplicitVRLittleEndian));
        Assert.Equal(10, ex.Offset);
        Assert.Equal("element (0010,0010) length 4294967290 exceeds the 2 bytes left", ex.Message);
        Assert.Equal("offset 0xA: element (0010,0010) length 4294967290 exceeds the 2 bytes left", ex.Describe());
    }

    [Fact]
    public void Part10Writer_Header_HasZeroPreambleOurUidsAndGroupLength()
    {
        var meta = FileMetaInformation.Create("1.2.840.10008.5.1.4.1.1.7", "1.2.3.4", TransferSyntax.ExplicitVRLittleEndian.Uid, "MODALITY");
        using var ms = new MemoryStream();
        Part10Writer.WriteHeader(ms, meta);
        var bytes = ms.ToArray();
        Assert.All(bytes[..128], b => Assert.Equal(0, b));
        Assert.Equal("DICM"u8.ToArray(), bytes[128..132]);
        uint groupLength = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(140));
        Assert.Equal(bytes.Length - 144, (int)groupLength);
        var file = DicomFile.Open(bytes);
        Assert.Equal(DicomUid.ImplementationClassUid, file.Meta!.ImplementationClassUid);
        Assert.Equal(DicomUid.ImplementationVersionName, file.Meta.ImplementationVersionName);
        Assert.Equal("MODALITY", file.Meta.SourceApplicationEntityTitle);
        Assert.Equal(0, file.Dataset.Count);
    }

    [Fact]
    public void UidGenerator_MakesValidUniqueUids()
    {
        var uuid = new UidGenerator();
        var rooted = new UidGenerator("1.2.826.0.1.3680043.10.999");
        var seen = new HashSet<string>();
        for (int i = 0; i < 1000; i++)
        {
            var a = uuid.Generate();
            var b = rooted.Generate();
            Assert.StartsWith("2.25.", a, StringComparison.Ordinal);
            Assert.StartsWith("1.2.826.0.1.3680043.10.999.", b, StringComparison.Ordinal);
            Assert.True(DicomUid.IsValid(a), a);
            Assert.True(DicomUid.IsValid(b), b);
            Assert.True(seen.Add(a) && seen.Add(b));
        }
        Assert.True(DicomUid.IsValid(DicomUid.ImplementationClassUid));
        Assert.Equal(DicomUid.ImplementationClassUid, UidGenerator.FromUuid(Guid.Parse("c3546985-7406-4b39-97cc-8c40c31c37f9")));
        Assert.Throws<ArgumentException>(() => new UidGenerator("1.02.3"));
    }
}
