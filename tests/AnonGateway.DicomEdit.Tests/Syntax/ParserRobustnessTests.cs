using System.Diagnostics;
using System.Text;
using AnonGateway.DicomEdit.Syntax;
using AnonGateway.DicomEdit.Text;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.Syntax;

/// <summary>The front end never throws on any input and always finishes quickly.</summary>
public class ParserRobustnessTests
{
    private const string Alphabet = "()[]{},/:=?-!~*+.%@#\"\\ \t\n\r;$'xXabcdefif0123456789_ ";

    private static void CompileMustNotThrow(string text)
    {
        var source = SourceText.From(text, "fuzz.das");
        var tree = SyntaxTree.Parse(source);
        Assert.NotNull(tree.Root);
        foreach (var d in tree.Diagnostics)
        {
            Assert.InRange(d.Span.Start, 0, text.Length);
            Assert.InRange(d.Span.End, d.Span.Start, text.Length);
        }
        var compilation = ScriptCompiler.Compile(source);
        _ = AnonGateway.DicomEdit.Diagnostics.DiagnosticFormatter.FormatText(compilation.Diagnostics);
    }

    [Fact]
    public void RandomText_NeverThrows()
    {
        var random = new Random(20261201);
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 2000; i++)
        {
            int length = random.Next(0, 200);
            var sb = new StringBuilder(length);
            if (random.Next(2) == 0) sb.Append("version \"6.6\"\n");
            for (int j = 0; j < length; j++)
                sb.Append(random.Next(10) == 0 ? (char)random.Next(0, 0x3000) : Alphabet[random.Next(Alphabet.Length)]);
            CompileMustNotThrow(sb.ToString());
        }
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    [Fact]
    public void MutatedSampleScripts_NeverThrow()
    {
        var scripts = Directory.GetFiles(Path.Combine(TestPaths.Docs, "das-samples"), "*.das")
            .Concat(Directory.GetFiles(TestPaths.DicomEditReference, "script*.das", SearchOption.AllDirectories))
            .Select(File.ReadAllText).ToArray();
        var random = new Random(42);
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < 2000; i++)
        {
            var chars = scripts[random.Next(scripts.Length)].ToCharArray().ToList();
            int edits = random.Next(1, 6);
            for (int e = 0; e < edits && chars.Count > 0; e++)
            {
                int at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    default: chars[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                }
            }
            CompileMustNotThrow(new string([.. chars]));
        }
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), $"took {sw.Elapsed}");
    }

    [Theory]
    [InlineData("l := ", "{", "}")]
    [InlineData("x1 := ", "f[", "]")]
    [InlineData("", "if (true[]) {\n", "}\n")]
    public void DeepNesting_GivesOneFatalDiagnostic(string prefix, string open, string close)
    {
        var text = "version \"6.6\"\n" + prefix + string.Concat(Enumerable.Repeat(open, 100_000)) + string.Concat(Enumerable.Repeat(close, 100_000));
        var sw = Stopwatch.StartNew();
        var tree = SyntaxTree.Parse(SourceText.From(text, "deep.das"));
        Assert.Single(tree.Diagnostics, d => d.Code == "DE2014");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"took {sw.Elapsed}");
    }

    [Fact]
    public void ParenthesesFlood_DoesNotThrow()
    {
        CompileMustNotThrow("version \"6.6\"\n" + new string('(', 50_000) + new string(')', 50_000));
        CompileMustNotThrow("version \"6.6\"\n" + string.Concat(Enumerable.Repeat("-(", 20_000)));
    }
}
