using AnonGateway.Tests.Gateway;
using AnonGateway.TestSupport;

namespace AnonGateway.Tests.Validate;

/// <summary><c>anongw validate</c> as a user runs it: the printed form, and the exit codes 0 / 1 / 2.</summary>
public class ValidateCommandTests
{
    [Fact]
    public async Task CleanScripts_Exit0()
    {
        var (exit, output) = await AnongwProcess.RunAsync(TestPaths.RepoRoot, ["validate", "config/scripts/site.das", "config/scripts/neuro.das"], TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, output);
        Assert.DoesNotContain(": error ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BrokenScript_PrintsFileLineColumnCodeCaretAndHint_Exit1()
    {
        using var tmp = new TempDirectory("validate");
        var script = tmp.Combine("broken.das");
        File.WriteAllText(script, "version \"6.6\"\n(0010,0010) = \"X\"\n");
        var (exit, output) = await AnongwProcess.RunAsync(tmp.Path, ["validate", script], TimeSpan.FromMinutes(1));
        Assert.Equal(1, exit);
        var lines = output.Split('\n');
        int at = Array.FindIndex(lines, l => l.StartsWith(script + ":2:13: error DE", StringComparison.Ordinal));
        Assert.True(at >= 0, output);
        Assert.Contains("(0010,0010) = \"X\"", lines[at + 1], StringComparison.Ordinal); // the source line
        Assert.Contains("^", lines[at + 2], StringComparison.Ordinal);                   // the caret under the span
        Assert.Contains(":=", output, StringComparison.Ordinal);                         // the hint names the assignment
    }

    [Fact]
    public async Task Json_IsMachineReadable()
    {
        using var tmp = new TempDirectory("validate");
        var script = tmp.Combine("broken.das");
        File.WriteAllText(script, "version \"6.6\"\n(0010,001) := \"X\"\n");
        var (exit, output) = await AnongwProcess.RunAsync(tmp.Path, ["validate", "--format", "json", script], TimeSpan.FromMinutes(1));
        Assert.Equal(1, exit);
        var json = output[output.IndexOfAny(['[', '{'])..];
        using var doc = System.Text.Json.JsonDocument.Parse(json[..(json.LastIndexOfAny([']', '}']) + 1)]);
        Assert.Contains("\"line\": 2", output, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("validate --format xml x.das")]
    [InlineData("validate /nonexistent/script.das")]
    public async Task UsageErrors_Exit2(string command)
    {
        var (exit, _) = await AnongwProcess.RunAsync(TestPaths.RepoRoot, command.Split(' '), TimeSpan.FromMinutes(1));
        Assert.Equal(2, exit);
    }
}
