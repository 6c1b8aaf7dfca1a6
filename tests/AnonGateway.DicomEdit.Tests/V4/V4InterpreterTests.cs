using AnonGateway.Dicom.Data;
using AnonGateway.Dicom.Dictionary;
using static AnonGateway.DicomEdit.Tests.V4.V4Scripts;

namespace AnonGateway.DicomEdit.Tests.V4;

public class V4InterpreterTests
{
    private static DicomDataset Patient() => Dataset(
        ("(0008,0020)", DicomVR.DA, "20100430"),
        ("(0008,0060)", DicomVR.CS, "MR"),
        ("(0008,0008)", DicomVR.CS, "ORIGINAL\\PRIMARY\\M\\NONE"),
        ("(0008,1040)", DicomVR.LO, "Dept X"),
        ("(0010,0010)", DicomVR.PN, "Doe^John"),
        ("(0010,0020)", DicomVR.LO, "PID123"),
        ("(0020,000D)", DicomVR.UI, "1.2.3.4.5"),
        ("(0028,0010)", DicomVR.US, "256"));

    [Fact]
    public void Assignment_keeps_the_existing_VR_and_creates_new_elements_with_the_dictionary_VR()
    {
        var ds = Patient();
        Run(CompileClean("(0010,0010) := \"Anon\"\n(0010,1010) := \"042Y\"\n(0029,1019) := \"x\"\n(0028,0010) := 512"), ds);
        Assert.Equal("Anon", Value(ds, "(0010,0010)"));
        Assert.Equal(DicomVR.PN, ds[DicomTag.Parse("(0010,0010)")]!.VR);
        Assert.Equal(DicomVR.AS, ds[DicomTag.Parse("(0010,1010)")]!.VR);
        Assert.Equal(DicomVR.LO, ds[DicomTag.Parse("(0029,1019)")]!.VR); // unknown: LO
        Assert.Equal("512", Value(ds, "(0028,0010)"));
    }

    [Fact]
    public void The_first_statement_for_a_tag_wins()
    {
        // XRT DE_4 standardAssignment: "Dept A" then "Dept B" gives Dept A.
        var ds = Patient();
        Run(CompileClean("(0008,1040) := \"Dept A\"\n(0008,1040) := \"Dept B\""), ds);
        Assert.Equal("Dept A", Value(ds, "(0008,1040)"));
    }

    [Fact]
    public void A_deletion_before_an_assignment_wins_and_an_assignment_before_a_deletion_wins()
    {
        var ds = Patient();
        Run(CompileClean("-(0010,0010)\n(0010,0010) := \"x\"\n(0010,0020) := \"y\"\n-(0010,0020)"), ds);
        Assert.Null(Value(ds, "(0010,0010)"));
        Assert.Equal("y", Value(ds, "(0010,0020)"));
    }

    [Fact]
    public void The_basic_profile_idiom_hashes_a_UID_and_deletes_anything_else()
    {
        const string script = "(0020,000D) ~ \"\\\\d[\\\\d\\\\.]+\" : (0020,000D) := hashUID[(0020,000D)]\n-(0020,000D)";
        var uid = Patient();
        Run(CompileClean(script), uid);
        Assert.Equal("2.25.281097975800109040096884226991818420711", Value(uid, "(0020,000D)"));

        var notUid = Patient();
        notUid.SetString(DicomTag.Parse("(0020,000D)"), DicomVR.UI, "garbage");
        Run(CompileClean(script), notUid);
        Assert.Null(Value(notUid, "(0020,000D)"));
    }

    [Fact]
    public void Values_are_read_from_the_original_object()
    {
        var ds = Patient();
        Run(CompileClean("(0010,0010) := \"A\"\n(0010,0020) := (0010,0010)\n(0008,0060) = \"MR\" : (0008,0060) := \"CT\"\n(0008,0060) = \"CT\" : (0008,1040) := \"seen CT\""), ds);
        Assert.Equal("A", Value(ds, "(0010,0010)"));
        Assert.Equal("Doe^John", Value(ds, "(0010,0020)"));
        Assert.Equal("CT", Value(ds, "(0008,0060)"));
        Assert.Equal("Dept X", Value(ds, "(0008,1040)")); // the condition saw MR
    }

    [Fact]
    public void Assigning_an_absent_attribute_writes_an_empty_value()
    {
        // XRT EdgeCases assignToNull: DE4 writes "", DE6 does nothing.
        var ds = Patient();
        Run(CompileClean("(0010,1005) := (0010,0022)"), ds);
        Assert.Equal("", Value(ds, "(0010,1005)"));
        Assert.Equal(DicomVR.PN, ds[DicomTag.Parse("(0010,1005)")]!.VR);
    }

    [Fact]
    public void Equality_treats_two_absent_values_as_equal_and_absent_as_different_from_empty()
    {
        var ds = Patient();
        ds.SetString(DicomTag.Parse("(0010,4000)"), DicomVR.LT, "");
        Run(CompileClean(
            "(0010,2000) = (0010,2001) : (0010,2160) := \"null=null\"\n" +
            "(0010,2000) = \"\" : (0010,21B0) := \"absent=empty\"\n" +
            "(0010,4000) = \"\" : (0010,21F0) := \"empty=empty\""), ds);
        Assert.Equal("null=null", Value(ds, "(0010,2160)"));
        Assert.Null(Value(ds, "(0010,21B0)"));
        Assert.Equal("empty=empty", Value(ds, "(0010,21F0)"));
    }

    [Fact]
    public void Regex_conditions_match_the_whole_value_and_never_an_absent_one()
    {
        var ds = Patient();
        Run(CompileClean(
            "(0010,0010) ~ \"Doe\" : (0010,2160) := \"partial\"\n" +
            "(0010,0010) ~ \"Doe.*\" : (0010,21B0) := \"whole\"\n" +
            "(0010,2000) ~ \".*\" : (0010,21F0) := \"absent\""), ds);
        Assert.Null(Value(ds, "(0010,2160)"));
        Assert.Equal("whole", Value(ds, "(0010,21B0)"));
        Assert.Null(Value(ds, "(0010,21F0)"));
    }

    [Fact]
    public void All_conditions_of_a_chain_must_hold()
    {
        var ds = Patient();
        Run(CompileClean(
            "(0008,0060) = \"MR\" : (0010,0020) ~ \"PID.*\" : (0010,2160) := \"both\"\n" +
            "(0008,0060) = \"MR\" : (0010,0020) = \"no\" : (0010,21B0) := \"one\""), ds);
        Assert.Equal("both", Value(ds, "(0010,2160)"));
        Assert.Null(Value(ds, "(0010,21B0)"));
    }

    [Fact]
    public void Multi_valued_attributes_are_read_joined_with_backslashes()
    {
        var ds = Patient();
        Run(CompileClean("(0008,0008) = \"ORIGINAL\\\\PRIMARY\\\\M\\\\NONE\" : (0010,4000) := (0008,0008)"), ds);
        Assert.Equal("ORIGINAL\\PRIMARY\\M\\NONE", Value(ds, "(0010,4000)"));
    }

    [Fact]
    public void Pattern_assignment_changes_only_existing_elements()
    {
        var ds = Patient();
        Run(CompileClean("(0010,00X0) := \"P\""), ds);
        Assert.Equal("P", Value(ds, "(0010,0010)"));
        Assert.Equal("P", Value(ds, "(0010,0020)"));
        Assert.Null(Value(ds, "(0010,0030)"));
    }

    [Fact]
    public void Pattern_deletions_remove_private_groups_with_their_creators_and_keep_sequences_inside_untouched()
    {
        var ds = Patient();
        ds.SetString(DicomTag.Parse("(0029,0010)"), DicomVR.LO, "SIEMENS CSA HEADER");
        ds.Set(new DicomValueElement(DicomTag.Parse("(0029,1010)"), DicomVR.OB, new byte[] { 1, 2 }));
        ds.SetString(DicomTag.Parse("(5000,0010)"), DicomVR.US, "3");
        ds.SetString(DicomTag.Parse("(5002,0010)"), DicomVR.US, "3");
        var item = new DicomDataset();
        item.SetString(DicomTag.Parse("(0010,0010)"), DicomVR.PN, "Inner^Name");
        item.SetString(DicomTag.Parse("(0009,0010)"), DicomVR.LO, "INNER");
        ds.Set(new DicomSequence(DicomTag.Parse("(0008,1140)"), [item]));
        Run(CompileClean("-(XXX#,XXXX)\n-(50XX,XXXX)\n-(0010,0010)"), ds);
        Assert.DoesNotContain(ds, e => e.Tag.Group % 2 == 1);
        Assert.DoesNotContain(ds, e => e.Tag.Group >> 8 == 0x50);
        var seq = Assert.IsType<DicomSequence>(ds[DicomTag.Parse("(0008,1140)")]);
        Assert.Equal("Inner^Name", seq.Items[0].GetString(DicomTag.Parse("(0010,0010)")));
        Assert.Equal("INNER", seq.Items[0].GetString(DicomTag.Parse("(0009,0010)")));
    }

    [Fact]
    public void Deleting_a_sequence_removes_it_whole()
    {
        var ds = Patient();
        ds.Set(new DicomSequence(DicomTag.Parse("(0008,1140)"), [new DicomDataset()]));
        Run(CompileClean("-(0008,1140)\n-(0010,9999)"), ds);
        Assert.Null(ds[DicomTag.Parse("(0008,1140)")]);
    }

    [Fact]
    public void New_UID_is_the_same_for_the_same_original_UID_and_different_otherwise()
    {
        var script = CompileClean("(0020,000D) := new UID");
        var uidMap = new DicomEdit.Runtime.Uids.UidMap();
        string Apply(string original)
        {
            var ds = Dataset(("(0020,000D)", DicomVR.UI, original));
            script.Apply(ds, new ScriptContext { UidMap = uidMap });
            return Value(ds, "(0020,000D)")!;
        }
        var a1 = Apply("1.2.3");
        var a2 = Apply("1.2.3");
        var b = Apply("1.2.4");
        Assert.Equal(a1, a2);
        Assert.NotEqual(a1, b);
        Assert.StartsWith("2.25.", a1, StringComparison.Ordinal);
        Assert.True(a1.Length <= 64);
        Assert.Matches(@"^2\.25\.[1-9][0-9]*$", a1);
    }

    [Fact]
    public void Echo_prints_without_a_line_break_and_an_absent_value_as_null()
    {
        var ds = Patient();
        // Actions are applied last to first, echo included.
        var output = Run(CompileClean("echo (0008,0060)\necho\necho (0010,2000)"), ds);
        Assert.Equal("nullMR", output);
    }

    [Fact]
    public void Variables_ignore_letter_case_are_lazy_and_see_the_original_object()
    {
        var ds = Patient();
        var output = Run(CompileClean("(0010,0010) := Name\n(0010,0020) := \"x\"\nname := lowercase[(0010,0020)]"), ds);
        Assert.Equal("", output);
        Assert.Equal("pid123", Value(ds, "(0010,0010)"));
    }

    [Fact]
    public void Host_variables_are_bound_ignoring_case_and_a_script_variable_is_not_overridden()
    {
        var ds = Patient();
        Run(CompileClean("(0010,0010) := Subject\n(0010,0020) := session\nsession := \"mine\""), ds,
            new Dictionary<string, string> { ["subject"] = "SUBJ", ["session"] = "HOST" });
        Assert.Equal("SUBJ", Value(ds, "(0010,0010)"));
        Assert.Equal("mine", Value(ds, "(0010,0020)"));
    }

    [Fact]
    public void A_missing_host_variable_fails_before_anything_changes()
    {
        var ds = Patient();
        var before = Dump(ds);
        var ex = Assert.Throws<MizerException>(() => Run(CompileClean("-(0010,0020)\n(0010,0010) := subject\n(0008,1030) := project"), ds));
        Assert.Equal("DE4901", ex.Code);
        Assert.Equal(new DicomEdit.Text.LinePosition(1, 0), ex.Position);
        Assert.Contains("subject, project", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Dump(ds));
    }

    [Theory]
    [InlineData("format[\"{0}_{1}\", (0008,0060), (0010,2000)]", "MR_null")]
    [InlineData("\"{1}/{0}\" (0008,0060), \"x\"", "x/MR")]
    [InlineData("format[\"it''s '{0}' {0}\", (0008,0060)]", "it's {0} MR")]
    [InlineData("lowercase[(0010,0010)]", "doe^john")]
    [InlineData("uppercase[\"mixed Case\"]", "MIXED CASE")]
    [InlineData("substring[(0008,0020), 0, 4]", "2010")]
    [InlineData("substring[(0008,0020), \"4\", \"8\"]", "0430")]
    [InlineData("replace[(0010,0010), \"^\", \" \"]", "Doe John")]
    [InlineData("replace[\"ab\", \"\", \"-\"]", "-a-b-")]
    [InlineData("match[(0010,0020), \"([A-Z]+)(\\\\d+)\", 2]", "123")]
    [InlineData("match[\"aba\", \"(a(b)?)+\", 2]", "b")]
    [InlineData("urlEncode[\"0=1 a&b/ü*._-\"]", "0%3D1+a%26b%2F%C3%BC*._-")]
    [InlineData("hashUID[(0020,000D)]", "2.25.281097975800109040096884226991818420711")]
    [InlineData("hashUID[\"1.2.3.4.5.6\", \"SHA-1\"]", "2.25.262228503153619312954819897114011402300")]
    [InlineData("hashUID[\"\"]", "2.25.290070988920337595058960832122557831312")]
    [InlineData("hashUID[(0008,0008)]", null)]
    [InlineData("42", "42")]
    [InlineData("-7", "-7")]
    public void Functions_and_values(string expression, string? expected)
    {
        var ds = Patient();
        Run(CompileClean("(0010,4000) := " + expression), ds);
        if (expected is null) Assert.Equal(DicomEdit.Runtime.Uids.UidHasher.Hash("ORIGINAL\\PRIMARY\\M\\NONE"), Value(ds, "(0010,4000)"));
        else Assert.Equal(expected, Value(ds, "(0010,4000)"));
    }

    [Theory]
    [InlineData("lowercase[(0010,2000)]")]
    [InlineData("uppercase[(0010,2000)]")]
    [InlineData("substring[(0010,2000), 0, 1]")]
    [InlineData("replace[(0010,2000), \"a\", \"b\"]")]
    [InlineData("match[(0010,2000), \"a\", 0]")]
    [InlineData("match[\"abc\", \"x\", 0]")]
    [InlineData("urlEncode[(0010,2000)]")]
    [InlineData("hashUID[(0010,2000)]")]
    public void Absent_values_give_no_value_which_assigns_an_empty_one(string expression)
    {
        var ds = Patient();
        Run(CompileClean("(0010,4000) := " + expression), ds);
        Assert.Equal("", Value(ds, "(0010,4000)"));
    }

    [Theory]
    [InlineData("(0010,0010) := substring[(0010,0010), 2, 99]", "DE4902", "out of range")]
    [InlineData("(0010,0010) := match[(0010,0010), \"(D)\", 2]", "DE4902", "group 2")]
    [InlineData("(0010,0010) := format[\"{0\", (0010,0010)]", "DE4908", "unmatched")]
    [InlineData("(0010,0010) := getURL[\"http://example.invalid/x\"]", "DE4906", "not enabled")]
    [InlineData("(0028,0010) := (0010,0010)", "DE4903", "(0028,0010)")]
    [InlineData("(0010,0010) ~ (0010,2000) : -(0010,0010)", "DE4902", "regular expression")]
    [InlineData("(0010,0010) ~ (0010,0020) : -(0010,0010)", "", "")]
    public void Runtime_errors_name_the_statement_and_never_a_value(string text, string code, string reasonPart)
    {
        var ds = Patient();
        var script = CompileClean("-(0010,1000)\n" + text);
        if (code.Length == 0)
        {
            Run(script, ds); // a regex from a value is fine
            return;
        }
        var ex = Assert.Throws<MizerException>(() => Run(script, ds));
        Assert.Equal(code, ex.Code);
        Assert.Equal(new DicomEdit.Text.LinePosition(1, 0), ex.Position);
        Assert.Equal(text, ex.StatementText);
        Assert.Equal("test.das", ex.Source.FilePath);
        Assert.Contains(reasonPart, ex.Reason, StringComparison.Ordinal);
        foreach (var secret in new[] { "Doe", "John", "PID123" })
            Assert.DoesNotContain(secret, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_inside_a_variable_points_at_the_variable()
    {
        var ex = Assert.Throws<MizerException>(() => Run(CompileClean("(0010,0010) := v\nv := substring[(0010,0010), 0, 99]"), Patient()));
        Assert.Equal(new DicomEdit.Text.LinePosition(1, 0), ex.Position);
        Assert.Contains("variable v", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reading_a_sequence_as_a_value_is_a_clear_error()
    {
        var ds = Patient();
        ds.Set(new DicomSequence(DicomTag.Parse("(0008,1140)"), [new DicomDataset()]));
        var ex = Assert.Throws<MizerException>(() => Run(CompileClean("(0010,0010) := (0008,1140)"), ds));
        Assert.Equal("DE4904", ex.Code);
        Assert.Contains("sequence", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GetURL_uses_the_hosts_fetcher()
    {
        var ds = Patient();
        var script = CompileClean("(0010,0010) := getURL[format[\"http://x.test/{0}\", urlEncode[(0008,0060)]]]");
        script.Apply(ds, new ScriptContext { UrlFetcher = new FakeFetcher() });
        Assert.Equal("fetched http://x.test/MR", Value(ds, "(0010,0010)"));
    }

    private sealed class FakeFetcher : IUrlFetcher
    {
        public string? Fetch(Uri url, CancellationToken cancellationToken) => "fetched\n " + url;
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CompileClean("-(0010,0010)").Apply(Patient(), new ScriptContext { CancellationToken = cts.Token }));
    }

    [Fact]
    public void One_compiled_script_runs_on_many_objects_in_parallel()
    {
        var script = CompileClean("(0010,0010) := format[\"{0}-{1}\", subject, (0010,0020)]\n(0010,0020) ~ \"P.*\" : (0020,000D) := hashUID[(0010,0020)]\nx := (0010,0020)\n(0008,1030) := x");
        Parallel.For(0, 200, i =>
        {
            var ds = Patient();
            ds.SetString(DicomTag.Parse("(0010,0020)"), DicomVR.LO, "P" + i);
            script.Apply(ds, new ScriptContext { Variables = new Dictionary<string, string> { ["subject"] = "S" } });
            Assert.Equal($"S-P{i}", Value(ds, "(0010,0010)"));
            Assert.Equal(DicomEdit.Runtime.Uids.UidHasher.Hash("P" + i), Value(ds, "(0020,000D)"));
            Assert.Equal("P" + i, Value(ds, "(0008,1030)"));
        });
    }
}
