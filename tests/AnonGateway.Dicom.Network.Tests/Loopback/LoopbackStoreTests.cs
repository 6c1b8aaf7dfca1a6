using System.Net;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Dimse;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Network.Tests.Loopback;

/// <summary>Our SCU against our SCP over real loopback sockets.</summary>
public class LoopbackStoreTests
{
    private static readonly string[] s_files =
    [
        "transfer-syntax/CT_small.dcm", "transfer-syntax/MR_small_implicit.dcm", "transfer-syntax/MR_small_bigendian.dcm",
        "transfer-syntax/SC_rgb_jpeg_dcmtk.dcm", "transfer-syntax/image_dfl.dcm", "multiframe/eCT_Supplemental.dcm",
    ];

    private static DicomServer StartServer(IStorageSink sink, uint maxPdu = 65536, DicomNetworkTimeouts? timeouts = null, int maxAssociations = 32) =>
        DicomServer.Start(new DicomServerOptions
        {
            BindAddress = IPAddress.Loopback,
            Port = 0,
            Policy = new AssociationPolicy { MaximumPduLength = maxPdu },
            Timeouts = timeouts ?? DicomNetworkTimeouts.Default,
            MaximumAssociations = maxAssociations,
        }, sink);

    private static DicomClientOptions Client(DicomServer server, uint maxPdu = 65536, ushort window = 1) => new()
    {
        Host = "127.0.0.1",
        Port = server.LocalEndPoint.Port,
        CalledAETitle = "STORESCP",
        MaximumPduLength = maxPdu,
        MaximumOperationsInvoked = window,
    };

    [Theory]
    [InlineData(0u, 0u)]
    [InlineData(0u, 4096u)]
    [InlineData(4096u, 0u)]
    [InlineData(4096u, 4096u)]
    [InlineData(1048576u, 4096u)]
    [InlineData(4096u, 1048576u)]
    [InlineData(1048576u, 1048576u)]
    public async Task Send_ToOurScp_StoresEveryDataSetByteForByte(uint scpMaxPdu, uint scuMaxPdu)
    {
        using var dir = new TempDirectory("loop");
        await using var server = StartServer(new FileStorageSink(dir.Path), scpMaxPdu);
        var sources = s_files.Select(f => DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, f))).ToList();
        var outcomes = await StorageScu.SendBatchAsync(Client(server, scuMaxPdu), sources, null, null, CancellationToken.None).WithTimeout();
        Assert.All(outcomes, o => Assert.True(o.Succeeded, $"{o.Path}: {o.Failure} {o.Message}"));
        foreach (var s in sources.DistinctBy(s => s.SopInstanceUid))
        {
            var received = Path.Combine(dir.Path, s.SopInstanceUid + ".dcm");
            if (sources.Count(x => x.SopInstanceUid == s.SopInstanceUid) > 1) continue;
            var expected = Part10DataSet.Bytes(s.Path);
            // PS3.5 A.5: a deflated data set of odd length goes out with one trailing NUL.
            if (expected.Length % 2 == 1 && TransferSyntaxes.TransferSyntax.Lookup(s.TransferSyntaxUid).IsDeflated) expected = [.. expected, 0];
            Assert.Equal(expected, Part10DataSet.Bytes(received));
        }
    }

    [Fact]
    public async Task Echo_ToOurScp_Succeeds()
    {
        using var dir = new TempDirectory("echo");
        await using var server = StartServer(new FileStorageSink(dir.Path));
        var status = await StorageScu.EchoAsync(Client(server), null, CancellationToken.None).WithTimeout();
        Assert.Equal(DimseStatus.Success, status);
    }

    private sealed class ScriptedSink(Func<StoreRequestContext, StoreResult> answer) : IStorageSink
    {
        public int Calls;
        public async ValueTask<StoreResult> StoreAsync(StoreRequestContext context, Stream dataSet, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            await dataSet.CopyToAsync(Stream.Null, cancellationToken);
            return answer(context);
        }
    }

    [Theory]
    [InlineData(0xB000, true, false)]
    [InlineData(0xB006, true, false)]
    [InlineData(0xB007, true, false)]
    [InlineData(0xA700, false, true)]
    [InlineData(0xA7FF, false, true)]
    [InlineData(0xA900, false, false)]
    [InlineData(0xC000, false, false)]
    [InlineData(0xC123, false, false)]
    public async Task SinkStatus_IsSentWithItsErrorComment_AndClassified(int code, bool succeeded, bool transient)
    {
        var sink = new ScriptedSink(_ => new StoreResult(new DimseStatus((ushort)code), "because the test says so"));
        await using var server = StartServer(sink);
        var source = DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, s_files[0]));
        var outcome = Assert.Single(await StorageScu.SendBatchAsync(Client(server), [source], null, null, CancellationToken.None).WithTimeout());
        Assert.Equal((ushort)code, outcome.Status!.Value.Code);
        Assert.Equal(succeeded, outcome.Succeeded);
        Assert.Equal(transient, outcome.IsTransient);
        Assert.Equal("because the test says so", outcome.Message);
    }

    [Fact]
    public async Task SinkThatThrows_AnswersProcessingFailure_AndTheAssociationGoesOn()
    {
        int n = 0;
        var sink = new ScriptedSink(_ => Interlocked.Increment(ref n) == 1 ? throw new InvalidDataException("broken") : StoreResult.Success);
        await using var server = StartServer(sink);
        var sources = s_files.Take(3).Select(f => DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, f))).ToList();
        var outcomes = await StorageScu.SendBatchAsync(Client(server), sources, null, null, CancellationToken.None).WithTimeout();
        Assert.Equal((ushort)0x0110, outcomes[0].Status!.Value.Code);
        Assert.True(outcomes[1].Succeeded);
        Assert.True(outcomes[2].Succeeded);
    }

    [Fact]
    public async Task Window_SeveralOutstandingOperations_AllAnsweredInOneAssociation()
    {
        using var dir = new TempDirectory("win");
        await using var server = StartServer(new FileStorageSink(dir.Path));
        var sources = Enumerable.Repeat(s_files[0], 10).Select(f => DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, f))).ToList();
        var client = Client(server, window: 4);
        var association = await DicomClientAssociation.OpenAsync(client, StorageScu.ProposeContexts(sources), null, CancellationToken.None).WithTimeout();
        Assert.Equal(4, association.Window);
        await association.DisposeAsync();
        var outcomes = await StorageScu.SendBatchAsync(client, sources, null, null, CancellationToken.None).WithTimeout();
        Assert.Equal(10, outcomes.Count(o => o.Succeeded));
    }

    [Fact]
    public async Task PeerWithoutJpeg_UncompressedObjectIsReencoded_CompressedOneFailsPermanently()
    {
        using var dir = new TempDirectory("reenc");
        var policy = new AssociationPolicy { CanStoreTransferSyntax = ts => ts == "1.2.840.10008.1.2" };
        await using var server = DicomServer.Start(new DicomServerOptions { BindAddress = IPAddress.Loopback, Port = 0, Policy = policy }, new FileStorageSink(dir.Path));
        var ct = DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, "transfer-syntax/CT_small.dcm"));
        var jpeg = DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, "transfer-syntax/SC_rgb_jpeg_dcmtk.dcm"));
        var outcomes = await StorageScu.SendBatchAsync(Client(server), [ct, jpeg], null, null, CancellationToken.None).WithTimeout();
        Assert.True(outcomes[0].Succeeded, outcomes[0].Message);
        Assert.Equal("1.2.840.10008.1.2", outcomes[0].TransferSyntaxUid);
        Assert.Null(DatasetDifference.FirstDifference(ct.Path, Path.Combine(dir.Path, ct.SopInstanceUid + ".dcm")));
        Assert.Equal(DicomFailureKind.NoAcceptablePresentationContext, outcomes[1].Failure);
        Assert.False(outcomes[1].IsTransient);
    }

    [Fact]
    public async Task WrongCalledAE_IsRejectedPermanent()
    {
        var policy = new AssociationPolicy { Admit = c => c.CalledAETitle == "RIGHT" ? null : AssociationRejection.CalledAETitleNotRecognized };
        await using var server = DicomServer.Start(new DicomServerOptions { BindAddress = IPAddress.Loopback, Port = 0, Policy = policy }, new ScriptedSink(_ => StoreResult.Success));
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => StorageScu.EchoAsync(Client(server), null, CancellationToken.None)).WithTimeout();
        Assert.Equal(DicomFailureKind.AssociationRejectedPermanent, ex.Kind);
        Assert.False(ex.IsTransient);
        Assert.Equal(UpperLayer.RejectReason.CalledAETitleNotRecognized, ex.Rejection!.Reason);
    }

    [Fact]
    public async Task OverTheAssociationLimit_IsRejectedTransient()
    {
        await using var server = StartServer(new ScriptedSink(_ => StoreResult.Success), maxAssociations: 1);
        var first = await DicomClientAssociation.OpenAsync(Client(server), [new UpperLayer.Items.PresentationContextRqItem(1, DicomNetworkDefaults.VerificationSopClassUid, ["1.2.840.10008.1.2"])], null, CancellationToken.None).WithTimeout();
        await using (first)
        {
            var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => StorageScu.EchoAsync(Client(server), null, CancellationToken.None)).WithTimeout();
            Assert.Equal(DicomFailureKind.AssociationRejectedTransient, ex.Kind);
            Assert.True(ex.IsTransient);
            await first.ReleaseAsync(CancellationToken.None).WithTimeout();
        }
    }

    [Fact]
    public async Task NothingListening_IsConnectionRefused_Transient()
    {
        var port = LoopbackPort.GetFree();
        var ex = await Assert.ThrowsAsync<DicomNetworkException>(() => StorageScu.EchoAsync(new DicomClientOptions { Host = "127.0.0.1", Port = port, CalledAETitle = "X" }, null, CancellationToken.None)).WithTimeout();
        Assert.Equal(DicomFailureKind.ConnectionRefused, ex.Kind);
        Assert.True(ex.IsTransient);
    }
}
