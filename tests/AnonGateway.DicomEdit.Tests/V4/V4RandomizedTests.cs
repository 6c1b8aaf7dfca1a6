using System.Text;
using AnonGateway.Dicom.Dictionary;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;
using AnonGateway.DicomEdit.V4;
using AnonGateway.TestSupport;

namespace AnonGateway.DicomEdit.Tests.V4;

/// <summary>The DE4 front end never throws on user input, whatever it is given; what compiles also runs.</summary>
public class V4RandomizedTests
{
    private static readonly string[] s_fragments =
    [
        "(0010,0010)", "(0010,XXXX)", "(XXX#,XXXX)", "(0010, 0010)", "(0010,001", "(50xx,xxxx)", "(0019,{A}10)", ":=", ":", "=", "~", "!=",
        "-", "[", "]", ",", "?", "{", "}", "/", "\\", "\\\n", "\n", "\r\n", "\r", " ", "\t", "\"a\"", "\"\\d+\"", "\"{0}\"", "\"open",
        "\"\\u12\"", "\"\\q\"", "echo", "new", "UID", "describe", "hidden", "export", "version", "if", "x", "project", "format",
        "lowercase", "substring", "match", "hashUID", "urlEncode", "getURL", "replace", "uppercase", "nope", "0", "42", "-5",
        "007", "30.0", "99999999999", "//c", "é", "\0", "$", ";",
    ];

    [Fact]
    public void Random_token_soup_never_throws()
    {
        var random = new Random(20261201);
        var sample = File.ReadAllText(Path.Combine(TestPaths.Docs, "das-samples", "dicom-edit4-basic-2011.das"));
        var context = new ScriptContext { Variables = new Dictionary<string, string> { ["project"] = "p", ["subject"] = "s", ["session"] = "e", ["x"] = "1" } };
        int compiled = 0;
        for (int i = 0; i < 3000; i++)
        {
            string text = (i % 3) switch
            {
                0 => Soup(random),
                1 => Mutate(sample, random),
                _ => RandomChars(random),
            };
            var bag = new DiagnosticBag();
            var script = V4Compiler.Compile(SourceText.From(text, "fuzz.das"), bag);
            foreach (var d in bag.Items)
            {
                Assert.InRange(d.Span.Start, 0, text.Length);
                Assert.InRange(d.Span.End, d.Span.Start, text.Length);
                Assert.StartsWith("DE4", d.Code, StringComparison.Ordinal);
                Assert.False(string.IsNullOrWhiteSpace(d.Message));
            }
            Assert.Equal(script is null, bag.HasErrors);
            if (script is null) continue;
            compiled++;
            var ds = V4Scripts.Dataset(("(0008,0060)", DicomVR.CS, "MR"), ("(0010,0010)", DicomVR.PN, "A^B"), ("(0028,0010)", DicomVR.US, "1"));
            try { script.Apply(ds, context); }
            catch (MizerException) { } // a data-dependent failure is an outcome, not a crash
        }
        Assert.True(compiled > 50, $"only {compiled} random scripts compiled; the generator is too noisy to test the runtime");
    }

    private static string Soup(Random random)
    {
        var sb = new StringBuilder();
        int n = random.Next(1, 40);
        for (int i = 0; i < n; i++)
        {
            sb.Append(s_fragments[random.Next(s_fragments.Length)]);
            if (random.Next(3) == 0) sb.Append(' ');
        }
        return sb.ToString();
    }

    private static string Mutate(string sample, Random random)
    {
        var chars = new StringBuilder(sample);
        int edits = random.Next(1, 6);
        for (int i = 0; i < edits && chars.Length > 0; i++)
        {
            int at = random.Next(chars.Length);
            switch (random.Next(3))
            {
                case 0: chars.Remove(at, 1); break;
                case 1: chars.Insert(at, s_fragments[random.Next(s_fragments.Length)]); break;
                default: chars[at] = (char)random.Next(32, 127); break;
            }
        }
        return chars.ToString();
    }

    private static string RandomChars(Random random)
    {
        var chars = new char[random.Next(0, 200)];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x3000);
        return new string(chars);
    }
}
