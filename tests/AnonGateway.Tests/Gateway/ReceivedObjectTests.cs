using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Hosting;
using AnonGateway.Spool;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>A received object is held in memory up to the limit and spilled to <c>incoming/</c> beyond it; either way it
/// parses to the same data set and quarantines as the same Part 10 file.</summary>
public class ReceivedObjectTests
{
    private const string CtSmall = "transfer-syntax/CT_small.dcm";

    private static (FileMetaInformation Meta, byte[] DataSet, DicomFile File) Sample()
    {
        var file = DicomFile.Open(Path.Combine(TestPaths.Corpus, CtSmall));
        var meta = FileMetaInformation.Create(file.Meta!.MediaStorageSopClassUid!, file.Meta.MediaStorageSopInstanceUid!, file.TransferSyntax.Uid, "MOD");
        return (meta, DicomDatasetWriter.ToArray(file.Dataset, file.TransferSyntax), file);
    }

    private static QuarantineRecord Record() => new() { Route = "r", Error = "e", Time = DateTimeOffset.UnixEpoch, CallingAeTitle = "MOD", CalledAeTitle = "GW" };

    private static byte[] Part10(FileMetaInformation meta, byte[] dataSet)
    {
        using var ms = new MemoryStream();
        Part10Writer.WriteHeader(ms, meta);
        ms.Write(dataSet);
        return ms.ToArray();
    }

    [Fact]
    public async Task SmallObject_StaysInMemory_AndQuarantinesAsPart10()
    {
        using var tmp = new TempDirectory("received");
        var spool = new SpoolStore(tmp.Path);
        var (meta, bytes, file) = Sample();
        var spill = spool.NewIncomingPath();
        using var received = await ReceivedObject.ReceiveAsync(new MemoryStream(bytes), meta, spill, Configuration.ReceivedObjectDefaults.InMemoryLimitMiB << 20, CancellationToken.None);
        Assert.True(received.IsInMemory);
        Assert.False(File.Exists(spill));
        var parsed = received.Open(ObjectProcessor.ReadOptions);
        Assert.Equal(file.Dataset.GetString(new DicomTag(0x0010, 0x0010)), parsed.Dataset.GetString(new DicomTag(0x0010, 0x0010)));
        Assert.Equal(bytes, DicomDatasetWriter.ToArray(parsed.Dataset, parsed.TransferSyntax));

        var quarantined = await received.QuarantineAsync(spool, Record(), CancellationToken.None);
        Assert.Equal(Part10(meta, bytes), await File.ReadAllBytesAsync(quarantined));
        Assert.True(File.Exists(Path.ChangeExtension(quarantined, ".json")));
    }

    [Fact]
    public async Task ObjectOverTheLimit_IsSpilledToIncoming_AndDeletedOnDispose()
    {
        using var tmp = new TempDirectory("received");
        var spool = new SpoolStore(tmp.Path);
        var (meta, bytes, _) = Sample();
        var spill = spool.NewIncomingPath();
        var received = await ReceivedObject.ReceiveAsync(new MemoryStream(bytes), meta, spill, inMemoryLimit: 4096, CancellationToken.None);
        Assert.False(received.IsInMemory);
        Assert.Equal(spill, received.FilePath);
        Assert.Equal(Part10(meta, bytes), await File.ReadAllBytesAsync(spill));
        var parsed = received.Open(ObjectProcessor.ReadOptions);
        Assert.Equal(bytes, DicomDatasetWriter.ToArray(parsed.Dataset, parsed.TransferSyntax));
        received.Dispose();
        Assert.False(File.Exists(spill));
    }

    [Fact]
    public async Task LimitZero_SendsEveryObjectToDisk()
    {
        using var tmp = new TempDirectory("received");
        var spool = new SpoolStore(tmp.Path);
        var (meta, bytes, _) = Sample();
        var spill = spool.NewIncomingPath();
        using var received = await ReceivedObject.ReceiveAsync(new MemoryStream(bytes), meta, spill, inMemoryLimit: 0, CancellationToken.None);
        Assert.False(received.IsInMemory);
        Assert.Equal(Part10(meta, bytes), await File.ReadAllBytesAsync(spill));
    }

    [Fact]
    public async Task SpilledObject_IsMovedIntoQuarantine_NotCopied()
    {
        using var tmp = new TempDirectory("received");
        var spool = new SpoolStore(tmp.Path);
        var (meta, bytes, _) = Sample();
        var spill = spool.NewIncomingPath();
        using var received = await ReceivedObject.ReceiveAsync(new MemoryStream(bytes), meta, spill, inMemoryLimit: 4096, CancellationToken.None);
        var quarantined = await received.QuarantineAsync(spool, Record(), CancellationToken.None);
        Assert.False(File.Exists(spill));
        Assert.Equal(Part10(meta, bytes), await File.ReadAllBytesAsync(quarantined));
        received.Dispose();
        Assert.True(File.Exists(quarantined), "dispose must not delete the quarantined file");
    }

    [Fact]
    public async Task GivenFile_IsNeverDeletedOnDispose()
    {
        using var tmp = new TempDirectory("received");
        var path = tmp.Combine("q.dcm");
        File.Copy(Path.Combine(TestPaths.Corpus, CtSmall), path);
        using (var received = ReceivedObject.FromFile(path))
            Assert.True(received.Open(ObjectProcessor.ReadOptions).Dataset.Count > 0);
        Assert.True(File.Exists(path));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task SenderThatFails_MidObject_LeavesNoIncomingFile()
    {
        using var tmp = new TempDirectory("received");
        var spool = new SpoolStore(tmp.Path);
        var (meta, bytes, _) = Sample();
        var spill = spool.NewIncomingPath();
        await Assert.ThrowsAsync<IOException>(() => ReceivedObject.ReceiveAsync(new FailingStream(bytes, failAfter: 6000), meta, spill, inMemoryLimit: 4096, CancellationToken.None));
        Assert.False(File.Exists(spill));
    }

    /// <summary>Gives <c>failAfter</c> bytes, then fails like a dropped association.</summary>
    private sealed class FailingStream(byte[] bytes, int failAfter) : MemoryStream(bytes)
    {
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (Position >= failAfter) throw new IOException("association aborted");
            return base.ReadAsync(buffer[..(int)Math.Min(buffer.Length, failAfter - Position)], cancellationToken);
        }
    }
}
