using System.Globalization;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.Dicom.Network.Services;
using AnonGateway.Dicom.TransferSyntaxes;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Network;

/// <summary>The <c>anongw send/receive/echo</c> programs against dcmtk's storescp, Orthanc and each other.</summary>
public class AnongwNetworkInteropTests
{
    private static readonly TimeSpan Run = TimeSpan.FromMinutes(2);
    private static readonly DicomTag SopClassUid = new(0x0008, 0x0016);
    private static readonly DicomTag SopInstanceUid = new(0x0008, 0x0018);

    /// <summary>A few compressed files (JPEG baseline and lossless, RLE, JPEG 2000, JPEG-LS, and a deflated one of odd
    /// length) to go with the uncompressed ones.</summary>
    private static readonly string[] s_compressed =
        ["transfer-syntax/SC_rgb_jpeg_dcmtk.dcm", "transfer-syntax/jpeg_lossless_sel1.dcm", "transfer-syntax/D_CLUNIE_CT1_RLE_FRAGS.dcm",
         "transfer-syntax/CT1_J2KI", "transfer-syntax/JPEGLSNearLossless_16.dcm", "transfer-syntax/image_dfl.dcm"];

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    /// <summary>Corpus files that open as objects to send, of a storage SOP class (not DICOMDIR), whose SOP Instance
    /// UID no other selected file has (several corpus files share one on purpose).</summary>
    private static List<DicomObjectSource> Sendable(Func<DicomObjectSource, bool> where)
    {
        var all = new List<DicomObjectSource>();
        foreach (var f in TestPaths.WellFormedCorpusFiles())
        {
            try { all.Add(DicomObjectSource.Open(Path.Combine(TestPaths.Corpus, f))); }
            catch (Exception ex) when (ex is DicomFormatException or IOException) { }
        }
        return [.. all.Where(s => s.SopClassUid != "1.2.840.10008.1.3.10" && where(s)).GroupBy(s => s.SopInstanceUid).Where(g => g.Count() == 1).Select(g => g.First())];
    }

    private static bool IsUncompressed(DicomObjectSource s) => TransferSyntax.Lookup(s.TransferSyntaxUid) is { IsKnown: true, IsUncompressed: true };

    private static bool IsChosenCompressed(DicomObjectSource s) =>
        s_compressed.Any(c => Path.GetFullPath(Path.Combine(TestPaths.Corpus, c)) == Path.GetFullPath(s.Path));

    /// <summary>storescp answers C000 ("bad DICOM file") to a data set without (0008,0016)/(0008,0018).</summary>
    private static bool HasSopUidsInDataSet(DicomObjectSource s)
    {
        var ds = DicomFile.Open(s.Path).Dataset;
        return !string.IsNullOrWhiteSpace(ds.GetString(SopClassUid)) && !string.IsNullOrWhiteSpace(ds.GetString(SopInstanceUid));
    }

    private static string Tail(string s) => s.Length > 4000 ? s[^4000..] : s;

    [Fact]
    public async Task Send_ToStorescp_EveryObjectArrivesIdentical()
    {
        var files = Sendable(s => (IsUncompressed(s) || IsChosenCompressed(s)) && HasSopUidsInDataSet(s));
        Assert.True(files.Count(IsUncompressed) > 50 && files.Count(IsChosenCompressed) == s_compressed.Length,
            $"{files.Count(IsUncompressed)} uncompressed, {files.Count(IsChosenCompressed)} compressed files");
        using var tmp = new TempDirectory("send-storescp");
        int port = LoopbackPort.GetFree();
        // --bit-preserving: storescp writes the data set as received (by default its writer drops (FFFC,FFFC) and
        // trims string padding, which would hide what we sent).
        using var storescp = PeerProcess.Tool("storescp", ["-aet", "STORESCP", "-od", tmp.Path, "-uf", "+xa", "--promiscuous", "--bit-preserving", Port(port)]);
        await storescp.WaitListeningAsync(port, TimeSpan.FromSeconds(10));
        var r = await Anongw.RunAsync(["send", "--host", "127.0.0.1", "--port", Port(port), "--called", "STORESCP", .. files.Select(f => f.Path)], Run);
        Assert.True(r.ExitCode == 0, Tail(r.StdErr + r.StdOut + storescp.Output));
        Assert.Contains($"sent {files.Count} of {files.Count} objects", r.StdOut, StringComparison.Ordinal);
        var received = Directory.EnumerateFiles(tmp.Path).ToDictionary(f => Path.GetFileName(f)[(Path.GetFileName(f).IndexOf('.', StringComparison.Ordinal) + 1)..], StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var f in files)
        {
            if (!received.TryGetValue(f.SopInstanceUid, out var at)) problems.Add($"{f.Path}: did not arrive");
            else if (DatasetDifference.FirstDifference(f.Path, at) is { } d) problems.Add($"{f.Path}: {d}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Send_ToAnongwReceive_EveryObjectArrivesByteForByte()
    {
        var files = Sendable(_ => true);
        using var tmp = new TempDirectory("send-receive");
        int port = LoopbackPort.GetFree();
        using var receiver = PeerProcess.Anongw(["receive", "--port", Port(port), "--ae", "RECEIVER", "--out", tmp.Path, "--bind", "127.0.0.1", "--quiet"]);
        await receiver.WaitListeningAsync(port, TimeSpan.FromSeconds(30));
        var r = await Anongw.RunAsync(["send", "--host", "127.0.0.1", "--port", Port(port), "--called", "RECEIVER", "--max-pdu", "16384", .. files.Select(f => f.Path)], Run);
        Assert.True(r.ExitCode == 0, Tail(r.StdErr + r.StdOut + receiver.Output));
        var problems = new List<string>();
        foreach (var f in files)
        {
            var at = Path.Combine(tmp.Path, f.SopInstanceUid + ".dcm");
            if (!File.Exists(at)) { problems.Add($"{f.Path}: did not arrive"); continue; }
            var meta = DicomFile.Open(at, new DicomReadOptions { ReadDataset = false }).Meta;
            if (meta?.TransferSyntaxUid != f.TransferSyntaxUid && f.DataSetOffset is not null) problems.Add($"{f.Path}: arrived in {meta?.TransferSyntaxUid}, sent from {f.TransferSyntaxUid}");
            else if (meta?.MediaStorageSopClassUid != f.SopClassUid) problems.Add($"{f.Path}: stored as {meta?.MediaStorageSopClassUid}");
            else if (DatasetDifference.FirstDifference(f.Path, at) is { } d) problems.Add($"{f.Path}: {d}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(files.Count > 80, $"{files.Count} files");
    }

    [Fact]
    public async Task Echo_ToStorescp_Succeeds_AndToAClosedPortFails()
    {
        int port = LoopbackPort.GetFree();
        using (var storescp = PeerProcess.Tool("storescp", ["-aet", "STORESCP", Port(port)]))
        {
            await storescp.WaitListeningAsync(port, TimeSpan.FromSeconds(10));
            var ok = await Anongw.RunAsync(["echo", "--host", "127.0.0.1", "--port", Port(port), "--called", "STORESCP"], Run);
            Assert.True(ok.ExitCode == 0, ok.StdErr + ok.StdOut + storescp.Output);
            Assert.Contains("success", ok.StdOut, StringComparison.Ordinal);
        }
        var bad = await Anongw.RunAsync(["echo", "--host", "127.0.0.1", "--port", Port(port), "--called", "STORESCP"], Run);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("ConnectionRefused", bad.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ToOrthanc_EveryInstanceIsIndexedWithItsIdentifiers()
    {
        // Orthanc stores standard storage SOP classes (it refuses unknown ones by default).
        var files = Sendable(s => (IsUncompressed(s) || IsChosenCompressed(s)) && HasSopUidsInDataSet(s)
            && s.SopClassUid.StartsWith("1.2.840.10008.5.1.4.1.1.", StringComparison.Ordinal)).Take(40).ToList();
        Assert.True(files.Count >= 20, $"{files.Count} files");
        using var tmp = new TempDirectory("send-orthanc");
        using var orthanc = await OrthancServer.StartAsync(tmp.Path);
        var r = await Anongw.RunAsync(["send", "--host", "127.0.0.1", "--port", Port(orthanc.DicomPort), "--called", orthanc.AETitle, .. files.Select(f => f.Path)], Run);
        Assert.True(r.ExitCode == 0, Tail(r.StdErr + r.StdOut + orthanc.Output));

        var byUid = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var id in (await orthanc.GetJsonAsync("instances")).EnumerateArray().Select(e => e.GetString()!))
        {
            var tags = await orthanc.GetJsonAsync($"instances/{id}/simplified-tags");
            var map = tags.EnumerateObject().Where(p => p.Value.ValueKind == System.Text.Json.JsonValueKind.String).ToDictionary(p => p.Name, p => p.Value.GetString()!);
            byUid[map.GetValueOrDefault("SOPInstanceUID", "")] = map;
        }
        var problems = new List<string>();
        foreach (var f in files)
        {
            var ds = DicomFile.Open(f.Path).Dataset;
            if (!byUid.TryGetValue(f.SopInstanceUid, out var at)) { problems.Add($"{f.Path}: {f.SopInstanceUid} not in Orthanc"); continue; }
            foreach (var (name, tag) in new[] { ("SOPClassUID", SopClassUid), ("PatientID", new DicomTag(0x0010, 0x0020)), ("StudyInstanceUID", new DicomTag(0x0020, 0x000D)), ("SeriesInstanceUID", new DicomTag(0x0020, 0x000E)) })
            {
                var expected = (ds.GetString(tag) ?? "").Trim().TrimEnd('\0');
                var actual = at.GetValueOrDefault(name, "").Trim();
                if (expected != actual) problems.Add($"{f.Path}: {name} is '{actual}' in Orthanc, '{expected}' in the file");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(files.Count, byUid.Count);
    }
}
