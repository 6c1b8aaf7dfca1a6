using System.Buffers.Binary;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.TransferSyntaxes;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Tests.IO;

/// <summary>Seeded random damage to corpus files (truncation, flipped bytes, huge lengths): every case reads or fails
/// with a <see cref="DicomFormatException"/>, quickly and within bounded memory.</summary>
public sealed class FuzzTests
{
    private const int CasesPerFile = 400;

    private static readonly string[] s_seeds =
    [
        "transfer-syntax/CT_small.dcm",
        "transfer-syntax/MR_small_bigendian.dcm",
        "transfer-syntax/MR_small_implicit.dcm",
        "transfer-syntax/image_dfl.dcm",
        "transfer-syntax/Issue1097_FailToOpenDeflatedFileWithSQ.dcm",
        "transfer-syntax/SC_rgb_jpeg_dcmtk.dcm",
        "private/UN_sequence.dcm",
        "sr-rt/test-SR.dcm",
        "sr-rt/rtplan.dcm",
        "odd/GH178_group_lengths_ul_sq.dcm",
    ];

    public static TheoryData<string> SeedFiles() => [.. s_seeds];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public async Task Open_MutatedFile_ReadsOrThrowsFormatException(string relative)
    {
        var original = await File.ReadAllBytesAsync(Path.Combine(TestPaths.Corpus, relative));
        var random = new Random(relative.Length * 7919 + original.Length); // deterministic per file
        var work = Task.Run(() =>
        {
            for (int i = 0; i < CasesPerFile; i++)
            {
                var mutated = Mutate(original, random, out var what);
                long before = GC.GetAllocatedBytesForCurrentThread();
                try
                {
                    var file = DicomFile.Open(mutated);
                    // What reads must also write and read again.
                    if (!file.TransferSyntax.IsEncapsulated || file.TransferSyntax.IsKnown)
                        RewriteAndRead(file);
                }
                catch (DicomFormatException ex)
                {
                    Assert.InRange(ex.Offset, -1, long.MaxValue);
                }
                catch (Exception ex)
                {
                    Assert.Fail($"case {i} ({what}) of {relative}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
                }
                long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                // A bogus length must never make us allocate far more than the input holds.
                Assert.True(allocated < 64L * original.Length + (16 << 20), $"case {i} ({what}) of {relative} allocated {allocated} bytes");
            }
        });
        var finished = await Task.WhenAny(work, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == work, $"fuzzing {relative} did not finish in 60 s (a hang?)");
        await work;
    }

    private static void RewriteAndRead(DicomFile file)
    {
        var syntax = file.TransferSyntax;
        using var memory = new MemoryStream();
        try
        {
            Part10Writer.Write(memory, FileMetaInformation.ForDataset(file.Dataset, syntax, file.Meta), file.Dataset);
        }
        catch (DicomEncodingException)
        {
            return; // e.g. fragments that ended up in a native syntax after the TS UID was damaged
        }
        var again = DicomFile.Open(memory.ToArray());
        Assert.Empty(DatasetComparison.Differences(file.Dataset, again.Dataset));
    }

    private static byte[] Mutate(byte[] original, Random random, out string what)
    {
        var bytes = (byte[])original.Clone();
        switch (random.Next(4))
        {
            case 0:
                int keep = random.Next(bytes.Length);
                what = $"truncate to {keep}";
                return bytes[..keep];
            case 1:
                int flips = 1 + random.Next(8);
                what = $"flip {flips} bytes";
                for (int k = 0; k < flips; k++) bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
                return bytes;
            case 2:
                // A huge or undefined 32-bit length somewhere (aligned like a length field would be).
                int at = random.Next(bytes.Length - 4) & ~1;
                uint value = random.Next(3) switch { 0 => 0xFFFFFFFF, 1 => 0xFFFFFFF0, _ => (uint)random.Next() };
                what = $"length {value} at {at}";
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), value);
                return bytes;
            default:
                int at16 = random.Next(bytes.Length - 2) & ~1;
                what = $"16-bit 0xFFFF at {at16}";
                bytes[at16] = 0xFF;
                bytes[at16 + 1] = 0xFF;
                return bytes;
        }
    }

    [Fact]
    public void ReadDataset_NestedBeyondTheLimit_ThrowsFormatException()
    {
        // 70 nested undefined-length sequences in implicit VR: (0008,1115) SQ → item → (0008,1115) …
        var data = new List<byte>();
        for (int i = 0; i < 70; i++)
        {
            data.AddRange([0x08, 0x00, 0x15, 0x11, 0xFF, 0xFF, 0xFF, 0xFF]);
            data.AddRange([0xFE, 0xFF, 0x00, 0xE0, 0xFF, 0xFF, 0xFF, 0xFF]);
        }
        var ex = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(data.ToArray(), TransferSyntax.ImplicitVRLittleEndian));
        Assert.Contains("limit of 64", ex.Message, StringComparison.Ordinal);
        var deep = new DicomReadOptions { MaxNestingDepth = 100 };
        var ex2 = Assert.Throws<DicomFormatException>(() => DicomDatasetReader.Read(data.ToArray(), TransferSyntax.ImplicitVRLittleEndian, deep));
        Assert.Contains("ended inside", ex2.Message, StringComparison.Ordinal);
        _ = ElementValue.Empty;
    }
}
