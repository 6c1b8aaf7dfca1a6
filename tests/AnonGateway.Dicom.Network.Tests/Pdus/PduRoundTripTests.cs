using System.Buffers;
using AnonGateway.Dicom.Network.UpperLayer;
using AnonGateway.Dicom.Network.UpperLayer.Items;
using AnonGateway.Dicom.Network.UpperLayer.Pdus;

namespace AnonGateway.Dicom.Network.Tests.Pdus;

/// <summary>Randomized properties (dicom-rs' fuzz target as a theory): write → read → write is stable, and random
/// bytes only ever produce a PDU, "need more", or an UpperLayerProtocolException.</summary>
public class PduRoundTripTests
{
    private static string Uid(Random r) => string.Join('.', Enumerable.Range(0, r.Next(2, 8)).Select(_ => r.Next(1, 100000).ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RandomAssociateRq_WriteReadWrite_IsStable(int seed)
    {
        var r = new Random(seed);
        var contexts = Enumerable.Range(0, r.Next(1, 40))
            .Select(i => new PresentationContextRqItem((byte)(2 * i + 1), Uid(r), [.. Enumerable.Range(0, r.Next(1, 6)).Select(_ => Uid(r))])).ToList();
        var rq = new AAssociateRqPdu(new string('A', r.Next(1, 17)), new string('B', r.Next(1, 17)), ApplicationContextItem.Dicom, contexts, new UserInformationItem
        {
            MaximumLength = new MaximumLengthItem((uint)r.Next()),
            ImplementationClassUid = new ImplementationClassUidItem(Uid(r)),
            AsynchronousOperationsWindow = r.Next(2) == 0 ? null : new AsynchronousOperationsWindowItem((ushort)r.Next(65536), (ushort)r.Next(65536)),
            RoleSelections = [.. contexts.Take(r.Next(3)).Select(c => new RoleSelectionItem(c.AbstractSyntax, r.Next(2) == 0, r.Next(2) == 0))],
        });
        var bytes = PduWriter.ToArray(rq);
        var back = Assert.IsType<AAssociateRqPdu>(PduReader.Read(bytes));
        Assert.Equal(bytes, PduWriter.ToArray(back));
        Assert.Equal(contexts.Count, back.PresentationContexts.Count);
    }

    [Fact]
    public void RandomBytes_NeverThrowAnythingButProtocolErrors()
    {
        var r = new Random(42);
        for (int i = 0; i < 5000; i++)
        {
            var bytes = new byte[r.Next(0, 200)];
            r.NextBytes(bytes);
            if (bytes.Length > 0) bytes[0] = (byte)r.Next(0, 9);
            if (bytes.Length > 5) { bytes[2] = 0; bytes[3] = 0; bytes[4] = 0; bytes[5] = (byte)Math.Max(0, bytes.Length - 6 - r.Next(0, 3)); }
            var seq = new ReadOnlySequence<byte>(bytes);
            try { PduReader.TryRead(ref seq, 0, out _); }
            catch (UpperLayerProtocolException) { }
        }
    }
}
