using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.IO;
using AnonGateway.TestSupport;
using Xunit.Abstractions;

namespace AnonGateway.Tests.Dump;

/// <summary>A 1 GB multi-frame object (make-study.sh --multiframe FILE 2000) is read and written back by
/// <c>anongw dump --save-as</c> in a child process whose peak resident memory stays under 250 MB.</summary>
/// <remarks>Generation takes about 12 s and the read + write about 3 s on the CI machine; the test needs 2 GB of
/// temporary disk.</remarks>
public sealed class LargeObjectMemoryTests(ITestOutputHelper output)
{
    private const long PeakLimitBytes = 250L * 1024 * 1024;

    [Fact]
    public async Task DumpSaveAs_OneGigabyteObject_StaysUnder250MegabytesResident()
    {
        using var temp = new TempDirectory("h1-1gb");
        var source = temp.Combine("mf2000.dcm");
        var copy = temp.Combine("copy.dcm");
        var made = await ExternalTool.RunAsync("bash", [Path.Combine(TestPaths.TestData, "make-study.sh"), "--multiframe", source, "2000"],
            TimeSpan.FromMinutes(3), environment: new Dictionary<string, string> { ["SEED"] = "1" });
        Assert.True(made.ExitCode == 0, made.StdErr);
        Assert.True(new FileInfo(source).Length > 1_000_000_000);

        var anongw = Path.Combine(AppContext.BaseDirectory, "anongw.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { anongw, "dump", "--quiet", "--save-as", copy, source }) psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!process.HasExited)
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            try { await Task.Delay(20, timeout.Token); }
            catch (OperationCanceledException) { process.Kill(true); Assert.Fail("anongw dump --save-as did not finish in 2 minutes"); }
        }
        await process.WaitForExitAsync(timeout.Token);
        output.WriteLine($"peak resident: {peak / (1024 * 1024)} MB; stderr: {await stderr}");
        Assert.Equal(0, process.ExitCode);
        Assert.True(peak > 0, "no /proc/<pid>/status sample was taken");
        Assert.True(peak < PeakLimitBytes, $"peak resident {peak / (1024 * 1024)} MB, limit 250 MB");
        await stdout;

        // The copy holds the same pixel data (compared by hash, streamed).
        var a = DicomFile.Open(source);
        var b = DicomFile.Open(copy);
        Assert.Equal(a.Dataset.Count, b.Dataset.Count);
        var pa = Assert.IsType<DicomValueElement>(a.Dataset.Get(DicomTag.PixelData));
        var pb = Assert.IsType<DicomValueElement>(b.Dataset.Get(DicomTag.PixelData));
        Assert.Equal(1_048_576_000L, pa.Length);
        Assert.Equal(pa.Length, pb.Length);
        Assert.Equal(Hash(pa.Value), Hash(pb.Value));
    }

    private static string Hash(ElementValue value)
    {
        using var sha = SHA256.Create();
        using (var sink = new CryptoStream(Stream.Null, sha, CryptoStreamMode.Write, leaveOpen: true)) value.CopyTo(sink);
        return Convert.ToHexString(sha.Hash!);
    }

    // VmHWM: the process's peak resident set so far (kB).
    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return 0;
    }
}
