using System.Net;
using System.Net.Sockets;
using AnonGateway.Dicom.Network.Association;
using AnonGateway.Dicom.Network.Dimse;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.TestSupport;

namespace AnonGateway.Dicom.Network.Tests.Hostile;

/// <summary>Peers that misbehave on purpose: the server frees each connection within its timeout and still serves
/// a normal association afterwards.</summary>
/// <remarks>Not run in parallel with other classes: one test measures the process's managed heap.</remarks>
[Collection(HostilePeerCollection.Name)]
public class HostilePeerTests
{
    private static readonly DicomNetworkTimeouts s_short = new() { Artim = TimeSpan.FromSeconds(1), Idle = TimeSpan.FromSeconds(2), Operation = TimeSpan.FromSeconds(1) };

    private static DicomServer Start(string dir) => DicomServer.Start(new DicomServerOptions
    {
        BindAddress = IPAddress.Loopback,
        Port = 0,
        Timeouts = s_short,
        Policy = new AssociationPolicy { MaximumPduLength = 16384 },
    }, new FileStorageSink(dir));

    private static async Task<(Socket Socket, NetworkStream Stream)> ConnectAsync(DicomServer server)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(IPAddress.Loopback, server.LocalEndPoint.Port).WithTimeout();
        return (socket, new NetworkStream(socket, ownsSocket: true));
    }

    /// <summary>Reads until the server closes; returns what it sent.</summary>
    private static async Task<byte[]> ReadUntilClosedAsync(NetworkStream stream, TimeSpan within)
    {
        using var cts = new CancellationTokenSource(within);
        var all = new MemoryStream();
        var buffer = new byte[4096];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(buffer, cts.Token)) > 0) all.Write(buffer, 0, n);
        }
        catch (IOException) { }
        return all.ToArray();
    }

    private static async Task AssertStillServesAsync(DicomServer server)
    {
        var status = await StorageScu.EchoAsync(new DicomClientOptions { Host = "127.0.0.1", Port = server.LocalEndPoint.Port, CalledAETitle = "X" }, null, CancellationToken.None).WithTimeout();
        Assert.Equal(DimseStatus.Success, status);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(5);
        while (server.OpenConnections > 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.Equal(0, server.OpenConnections);
    }

    private static byte[] AssociateRq() => UpperLayer.PduWriter.ToArray(new UpperLayer.Pdus.AAssociateRqPdu("X", "HOSTILE", UpperLayer.Items.ApplicationContextItem.Dicom,
        [new UpperLayer.Items.PresentationContextRqItem(1, DicomNetworkDefaults.VerificationSopClassUid, ["1.2.840.10008.1.2"])],
        new UpperLayer.Items.UserInformationItem { MaximumLength = new UpperLayer.Items.MaximumLengthItem(16384), ImplementationClassUid = new UpperLayer.Items.ImplementationClassUidItem("1.2.3") }));

    [Theory]
    [InlineData("random")]
    [InlineData("http")]
    [InlineData("tls")]
    [InlineData("4GB")]
    public async Task WrongOrOversizedFirstBytes_AreClosedAtOnce(string kind)
    {
        using var dir = new TempDirectory("hostile");
        await using var server = Start(dir.Path);
        var (_, stream) = await ConnectAsync(server);
        await using (stream)
        {
            byte[] bytes = kind switch
            {
                "random" => [0x09, .. Enumerable.Range(0, 200).Select(i => (byte)(i * 37))],
                "http" => "GET / HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray(),
                "tls" => GoldenHex("16 03 01 00 2F 01 00 00 2B 03 03"),
                _ => GoldenHex("01 00 FFFFFFFF 0001"),
            };
            await stream.WriteAsync(bytes);
            var started = DateTime.UtcNow;
            var reply = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(5));
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3), "the server did not close at once");
            if (kind is "http" or "tls") Assert.Empty(reply);
            else
            {
                Assert.NotEmpty(reply);
                Assert.Equal((byte)0x07, reply[0]); // an A-ABORT
            }
        }
        await AssertStillServesAsync(server);
    }

    private static byte[] GoldenHex(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

    [Fact]
    public async Task PeerStoppingInTheMiddleOfAPdu_IsFreedWithinArtim()
    {
        using var dir = new TempDirectory("hostile");
        await using var server = Start(dir.Path);
        var (_, stream) = await ConnectAsync(server);
        await using (stream)
        {
            var rq = AssociateRq();
            await stream.WriteAsync(rq.AsMemory(0, rq.Length / 2));
            var reply = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(5));
            Assert.Empty(reply);
        }
        await AssertStillServesAsync(server);
    }

    [Fact]
    public async Task PDataWhoseLastFragmentNeverComes_IsAbortedWithinTheOperationTimeout()
    {
        using var dir = new TempDirectory("hostile");
        await using var server = Start(dir.Path);
        var (_, stream) = await ConnectAsync(server);
        await using (stream)
        {
            await stream.WriteAsync(AssociateRq());
            var ac = new byte[6];
            await stream.ReadExactlyAsync(ac).AsTask().WithTimeout();
            Assert.Equal(0x02, ac[0]);
            int length = (ac[2] << 24) | (ac[3] << 16) | (ac[4] << 8) | ac[5];
            await stream.ReadExactlyAsync(new byte[length]).AsTask().WithTimeout();
            // A command fragment that is not the last one, then silence.
            await stream.WriteAsync(GoldenHex("04 00 0000000A 00000006 01 01 00000000"));
            var started = DateTime.UtcNow;
            var reply = await ReadUntilClosedAsync(stream, TimeSpan.FromSeconds(6));
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(4));
            Assert.Equal((byte)0x07, reply[0]);
        }
        await AssertStillServesAsync(server);
    }

    [Fact]
    public async Task TwoHundredSilentConnections_AreAllFreedByArtim_AndANormalPeerStillWorks()
    {
        using var dir = new TempDirectory("hostile");
        await using var server = Start(dir.Path);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var sockets = new List<NetworkStream>();
        for (int i = 0; i < 200; i++) sockets.Add((await ConnectAsync(server)).Stream);
        try
        {
            await Task.Delay(200);
            Assert.True(server.OpenConnections > 100, $"{server.OpenConnections} open");
            var after = GC.GetTotalMemory(forceFullCollection: true);
            Assert.True(after - before < 8L * 1024 * 1024, $"{(after - before) / 1024} KiB for 200 idle connections (limit 8 MiB: no receive buffer before data arrives)");
            var closed = await Task.WhenAll(sockets.Select(s => ReadUntilClosedAsync(s, TimeSpan.FromSeconds(5))));
            Assert.All(closed, Assert.Empty);
        }
        finally
        {
            foreach (var s in sockets) await s.DisposeAsync();
        }
        await AssertStillServesAsync(server);
    }
}
