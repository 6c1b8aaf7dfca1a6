using System.Globalization;
using System.Text.Json;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Gateway;

/// <summary>Builds gateway configurations and test studies in a temp folder, and compares what arrived.</summary>
internal static class GatewayFixture
{
    private static readonly SemaphoreSlim s_studyLock = new(1, 1);
    private static readonly Dictionary<int, string> s_studies = [];

    /// <summary>A synthetic CT study of <paramref name="slices"/> objects from make-study.sh (made once per size per run).</summary>
    public static async Task<string> StudyAsync(int slices)
    {
        await s_studyLock.WaitAsync();
        try
        {
            if (s_studies.TryGetValue(slices, out var dir)) return dir;
            dir = Path.Combine(Path.GetTempPath(), $"anongw-study-{slices}-{Environment.ProcessId}");
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            var r = await ExternalTool.RunAsync("bash", [Path.Combine(TestPaths.TestData, "make-study.sh"), dir, slices.ToString(CultureInfo.InvariantCulture)],
                TimeSpan.FromMinutes(3), environment: new Dictionary<string, string> { ["SEED"] = "1" });
            Assert.True(r.ExitCode == 0, "make-study.sh failed: " + r.StdErr);
            s_studies[slices] = dir;
            return dir;
        }
        finally { s_studyLock.Release(); }
    }

    /// <summary>Writes a gateway configuration file and returns its path.</summary>
    public static string WriteConfig(string folder, int port, object routes, object destinations, string? siteScript, string onScriptError = "Reject")
    {
        var config = new
        {
            Gateway = new
            {
                AeTitle = "ANONGW",
                Port = port,
                BindAddress = "127.0.0.1",
                SpoolPath = Path.Combine(folder, "spool"),
                LogPath = Path.Combine(folder, "logs"),
                SiteScript = siteScript ?? "",
                OnScriptError = onScriptError,
                Routes = routes,
                Destinations = destinations,
                Forwarding = new { InitialRetryDelay = "00:00:00.200", MaxRetryDelay = "00:00:01", PermanentFailureAttempts = 2, PollInterval = "00:00:01" },
            },
        };
        var path = Path.Combine(folder, "gateway.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config, new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }

    /// <summary>storescu of every file of <paramref name="dir"/> over one association.</summary>
    public static Task<ExternalTool.Result> StoreScuAsync(int port, string calledAe, string callingAe, string dir, TimeSpan? timeout = null) =>
        ExternalTool.RunAsync("storescu", ["-aec", calledAe, "-aet", callingAe, "+sd", "+r", "-nh", "127.0.0.1", port.ToString(CultureInfo.InvariantCulture), dir], timeout ?? TimeSpan.FromMinutes(5));

    /// <summary>The data sets under <paramref name="dir"/> by SOP Instance UID.</summary>
    public static Dictionary<string, DicomDataset> ReadAll(string dir)
    {
        var map = new Dictionary<string, DicomDataset>(StringComparer.Ordinal);
        if (!Directory.Exists(dir)) return map;
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
        {
            if (f.EndsWith(".tmp", StringComparison.Ordinal)) continue; // being published right now
            DicomFile file;
            try { file = DicomFile.Open(f); }
            catch (Exception ex) when (ex is DicomFormatException or IOException) { continue; }
            var uid = file.Dataset.GetString(new DicomTag(0x0008, 0x0018));
            if (uid is not null) map[uid] = file.Dataset;
        }
        return map;
    }

    /// <summary>Waits until <paramref name="dir"/> holds <paramref name="count"/> readable objects.</summary>
    public static async Task<Dictionary<string, DicomDataset>> WaitForObjectsAsync(string dir, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var all = ReadAll(dir);
            if (all.Count >= count || DateTime.UtcNow > deadline) return all;
            await Task.Delay(200);
        }
    }

    /// <summary>Describes every difference of two data sets below group 0002 (empty when equal): tags, VRs and value bytes
    /// at every depth.</summary>
    public static List<string> Differences(DicomDataset expected, DicomDataset actual, string path = "")
    {
        var diffs = new List<string>();
        var e = expected.Where(x => x.Tag.Group != 0x0002).ToDictionary(x => x.Tag);
        var a = actual.Where(x => x.Tag.Group != 0x0002).ToDictionary(x => x.Tag);
        foreach (var tag in e.Keys.Union(a.Keys).Order())
        {
            var where = path + tag;
            if (!a.TryGetValue(tag, out var av)) { diffs.Add($"{where} missing"); continue; }
            if (!e.TryGetValue(tag, out var ev)) { diffs.Add($"{where} unexpected"); continue; }
            if (ev.VR != av.VR && !(ev.VR is DicomVR.OB or DicomVR.OW && av.VR is DicomVR.OB or DicomVR.OW)) diffs.Add($"{where} VR {ev.VR} vs {av.VR}");
            switch (ev, av)
            {
                case (DicomSequence es, DicomSequence @as):
                    if (es.Items.Count != @as.Items.Count) { diffs.Add($"{where} {es.Items.Count} vs {@as.Items.Count} items"); break; }
                    for (int i = 0; i < es.Items.Count; i++) diffs.AddRange(Differences(es.Items[i], @as.Items[i], $"{where}[{i + 1}]/"));
                    break;
                case (DicomValueElement x, DicomValueElement y):
                    var xs = x.Value.Memory.Span; var ys = y.Value.Memory.Span;
                    if (!Trim(xs, x.VR).SequenceEqual(Trim(ys, y.VR))) diffs.Add($"{where} value differs");
                    break;
                case (DicomFragmentSequence x, DicomFragmentSequence y):
                    if (x.Fragments.Count != y.Fragments.Count || !x.Fragments.Zip(y.Fragments).All(p => p.First.Memory.Span.SequenceEqual(p.Second.Memory.Span)))
                        diffs.Add($"{where} fragments differ");
                    break;
                default:
                    diffs.Add($"{where} kind differs");
                    break;
            }
        }
        return diffs;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> b, DicomVR vr) => vr.IsString() ? b.TrimEnd((byte)' ').TrimEnd((byte)0) : b;
}
