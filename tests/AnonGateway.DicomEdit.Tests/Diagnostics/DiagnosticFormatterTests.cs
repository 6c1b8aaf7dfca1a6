using System.Text.Json;
using AnonGateway.DicomEdit.Diagnostics;
using AnonGateway.DicomEdit.Text;

namespace AnonGateway.DicomEdit.Tests.Diagnostics;

public class DiagnosticFormatterTests
{
    [Fact]
    public void Text_ShowsLocationSourceLineCaretAndHint()
    {
        var source = SourceText.From("a\n\t(0010,0010) = \"x\"\n", "s.das");
        var d = new ScriptDiagnostic("DE2002", DiagnosticSeverity.Error, source, new TextSpan(15, 1), "msg", "do this");
        Assert.Equal("s.das:2:14: error DE2002: msg\n    \t(0010,0010) = \"x\"\n    \t            ^\n    hint: do this\n", DiagnosticFormatter.FormatText(d));
    }

    [Fact]
    public void Text_UnderlinesTheSpanOnItsFirstLineOnly_AndOmitsAMissingHint()
    {
        var source = SourceText.From("abcdef\nxyz", "s.das");
        var d = new ScriptDiagnostic("DE1002", DiagnosticSeverity.Warning, source, new TextSpan(2, 20), "m", null);
        Assert.Equal("s.das:1:3: warning DE1002: m\n    abcdef\n      ^~~~\n", DiagnosticFormatter.FormatText(d));
    }

    [Fact]
    public void Json_HasOneBasedPositionsAndAllFields()
    {
        var source = SourceText.From("ab\ncdé", "s.das");
        var d = new ScriptDiagnostic("DE3001", DiagnosticSeverity.Error, source, new TextSpan(4, 2), "unknown 'é'", null);
        using var doc = JsonDocument.Parse(DiagnosticFormatter.FormatJson([d]));
        var o = doc.RootElement[0];
        Assert.Equal("DE3001", o.GetProperty("code").GetString());
        Assert.Equal("error", o.GetProperty("severity").GetString());
        Assert.Equal(2, o.GetProperty("line").GetInt32());
        Assert.Equal(2, o.GetProperty("column").GetInt32());
        Assert.Equal(4, o.GetProperty("endColumn").GetInt32());
        Assert.Equal(2, o.GetProperty("length").GetInt32());
        Assert.Equal("unknown 'é'", o.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, o.GetProperty("hint").ValueKind);
    }

    [Fact]
    public void Catalogue_CodesAreUniqueAndWellFormed()
    {
        var descriptors = typeof(DiagnosticDescriptors).GetFields()
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToList();
        Assert.True(descriptors.Count > 40);
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Code).Distinct(StringComparer.Ordinal).Count());
        Assert.All(descriptors, d => Assert.Matches("^DE[0-3][0-9]{3}$", d.Code));
    }
}
