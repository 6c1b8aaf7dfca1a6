using System.Globalization;
using System.Net.Http;
using System.Text.Json;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Network;

/// <summary>A private Orthanc (DICOM and REST on free loopback ports, storage in a temporary folder, no
/// authentication, any called AE title); killed on dispose.</summary>
internal sealed class OrthancServer : IDisposable
{
    private readonly PeerProcess _process;

    private OrthancServer(PeerProcess process, int dicomPort, int httpPort, string aeTitle)
    {
        _process = process;
        DicomPort = dicomPort;
        AETitle = aeTitle;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)}/"), Timeout = TimeSpan.FromSeconds(20) };
    }

    public int DicomPort { get; }
    public string AETitle { get; }
    public HttpClient Http { get; }
    public string Output => _process.Output;

    public static async Task<OrthancServer> StartAsync(string folder, string aeTitle = "ORTHANC")
    {
        int dicomPort = LoopbackPort.GetFree();
        int httpPort = LoopbackPort.GetFree();
        var config = new Dictionary<string, object>
        {
            ["Name"] = "anongw-test",
            ["DicomAet"] = aeTitle,
            ["DicomPort"] = dicomPort,
            ["HttpPort"] = httpPort,
            ["StorageDirectory"] = Path.Combine(folder, "storage"),
            ["IndexDirectory"] = Path.Combine(folder, "index"),
            ["RemoteAccessAllowed"] = false,
            ["AuthenticationEnabled"] = false,
            ["DicomCheckCalledAet"] = false,
            ["DicomServerEnabled"] = true,
            ["Plugins"] = Array.Empty<string>(),
        };
        var path = Path.Combine(folder, "orthanc.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(config));
        var process = PeerProcess.Tool("Orthanc", [path]);
        var server = new OrthancServer(process, dicomPort, httpPort, aeTitle);
        try
        {
            await server.WaitReadyAsync(TimeSpan.FromSeconds(30));
            await process.WaitListeningAsync(dicomPort, TimeSpan.FromSeconds(10));
        }
        catch
        {
            server.Dispose();
            throw;
        }
        return server;
    }

    private async Task WaitReadyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var r = await Http.GetAsync(new Uri("system", UriKind.Relative));
                if (r.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline) { }
            if (DateTime.UtcNow >= deadline) throw new TimeoutException("Orthanc's REST API did not answer:\n" + Output);
            await Task.Delay(100);
        }
    }

    /// <summary>GET <paramref name="relative"/> as JSON.</summary>
    public async Task<JsonElement> GetJsonAsync(string relative)
    {
        using var r = await Http.GetAsync(new Uri(relative, UriKind.Relative));
        r.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    public void Dispose()
    {
        Http.Dispose();
        _process.Dispose();
    }
}
