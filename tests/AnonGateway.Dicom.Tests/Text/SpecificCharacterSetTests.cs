using AnonGateway.Dicom.Dictionary;
using AnonGateway.Dicom.Text;

namespace AnonGateway.Dicom.Tests.Text;

/// <summary>Decoding and encoding vectors for every defined term of PS3.3 C.12.1.1.2. Bytes come from the corpus
/// files (pydicom/fo-dicom charset samples, PS3.5 Annexes H-K) or from the ISO 8859 / JIS / KS / GB code tables.</summary>
public sealed class SpecificCharacterSetTests
{
    private const string Esc = "\u001B";

    public static TheoryData<string, DicomVR, string, string> RoundTripVectors => new()
    {
        // terms (values split at '\'), VR, bytes (hex, 'ESC' allowed as 1B), text
        { "ISO_IR 100", DicomVR.PN, "4275635E4AE972F46D65", "Buc^Jérôme" },
        { "ISO_IR 101", DicomVR.LO, "A3F364BC", "Łódź" },
        { "ISO_IR 109", DicomVR.LO, "A1F8", "Ħĝ" },
        { "ISO_IR 110", DicomVR.LO, "C0E0", "Āā" },
        { "ISO_IR 144", DicomVR.PN, "BBEEDA6365DCD17970D3", "Люкceмбypг" },
        { "ISO_IR 127", DicomVR.PN, "E2C8C7E6EA5EE4E6D2C7D1", "قباني^لنزار" },
        { "ISO_IR 126", DicomVR.PN, "C4E9EFEDF5F3E9EFF2", "Διονυσιος" },
        { "ISO_IR 138", DicomVR.PN, "F9F8E5EF5EE3E1E5F8E4", "שרון^דבורה" },
        { "ISO_IR 148", DicomVR.LO, "D0FDFE", "Ğış" },
        { "ISO_IR 203", DicomVR.LO, "A4BCBD", "€Œœ" },
        { "ISO_IR 13", DicomVR.PN, "D4CFC0DE5EC0DBB3", "ﾔﾏﾀﾞ^ﾀﾛｳ" },
        { "ISO_IR 13", DicomVR.LT, "615C627E63", "a¥b‾c" },
        { "ISO_IR 13", DicomVR.LO, "615C62", "a\\b" },
        { "ISO_IR 166", DicomVR.LO, "A1FB", "ก๛" },
        { "ISO_IR 192", DicomVR.PN, "57616E675E5869616F446F6E673DE78E8B5EE5B08FE69DB13D", "Wang^XiaoDong=王^小東=" },
        { "GB18030", DicomVR.PN, "57616E675E5869616F446F6E673DCDF55ED0A1B6AB3D", "Wang^XiaoDong=王^小东=" },
        { "GB18030", DicomVR.LT, "9439FC36", "😀" },
        { "GBK", DicomVR.LO, "D5C5D0A1B6AB", "张小东" },
        { "ISO 2022 IR 6", DicomVR.LO, "414243", "ABC" },
        { "ISO 2022 IR 100", DicomVR.LO, "E9", "é" },
        // PS3.5 Annex H (chrH31.dcm): JIS X 0208 in G0, back to ASCII before each delimiter.
        { "\\ISO 2022 IR 87", DicomVR.PN, "59616D6164615E5461726F753D1B24423B334544 1B28425E1B244242404F3A1B28423D1B244224642 45E24401B28425E1B244224 3F246D24261B2842",
            "Yamada^Tarou=山田^太郎=やまだ^たろう" },
        // chrH32.dcm: JIS X 0201 in value 1, so G0 goes back to Romaji (ESC ( J), katakana in GR.
        { "ISO 2022 IR 13\\ISO 2022 IR 87", DicomVR.PN, "D4CFC0DE5EC0DBB33D1B2442 3B33454 41B284A5E1B244242404F3A1B284A3D1B244224642 45E24401B284A5E1B2442243F246D24261B284A",
            "ﾔﾏﾀﾞ^ﾀﾛｳ=山田^太郎=やまだ^たろう" },
        // PS3.5 Annex I (chrI2.dcm): KS X 1001 in G1, designated again after each '^' and '='.
        { "\\ISO 2022 IR 149", DicomVR.PN, "486F6E675E47696C646F6E673D1B2429 43FBF35E1B242943D1CED4D73D1B242943C8AB5E1B242943B1E6B5BF",
            "Hong^Gildong=洪^吉洞=홍^길동" },
        // chrGB2312.dcm (PS3.5 Annex K): GB 2312 in G1.
        { "\\ISO 2022 IR 58", DicomVR.PN, "5A68616E675E5869616F446F6E673D1B242941D5C55E1B242941D0A1B6AB3D", "Zhang^XiaoDong=张^小东=" },
        // JIS X 0212 (ISO-IR 159) is designated to G0 with ESC $ ( D; U+4E02 is its cell 0x3021.
        { "\\ISO 2022 IR 87\\ISO 2022 IR 159", DicomVR.LO, "1B2428443021 1B2842", "丂" },
        // Two single-byte sets: G1 switches to Greek and goes back to value 1's Latin-1 at the end of the value.
        { "ISO 2022 IR 100\\ISO 2022 IR 126", DicomVR.LO, "E91B2D46E11B2D41", "éα" },
        // '^' is no delimiter in LO: one designation serves the whole value.
        { "\\ISO 2022 IR 149", DicomVR.LO, "1B242943C8AB5EB1E6B5BF", "홍^길동" },
        // Controls bring the initial state back: the writer returns to ASCII before CR LF (PS3.5 §6.1.2.5.3).
        { "\\ISO 2022 IR 87", DicomVR.LT, "1B24423B331B28420D0A1B24424544 1B2842", "山\r\n田" },
        // SPACE is outside JIS X 0208: ASCII is designated for it.
        { "\\ISO 2022 IR 87", DicomVR.LO, "1B24423B331B2842201B244245441B2842", "山 田" },
        { "\\ISO 2022 IR 87", DicomVR.LO, "1B24423B331B28425C1B244245441B2842", "山\\田" },
    };

    [Theory]
    [MemberData(nameof(RoundTripVectors))]
    public void Decodes_vector(string terms, DicomVR vr, string hex, string text)
    {
        var cs = SpecificCharacterSet.FromTerms(terms.Split('\\'));
        Assert.Empty(cs.UnknownTerms);
        Assert.Equal(text, cs.Decode(Bytes(hex), vr));
    }

    [Theory]
    [MemberData(nameof(RoundTripVectors))]
    public void Encodes_vector_to_identical_bytes(string terms, DicomVR vr, string hex, string text)
    {
        var cs = SpecificCharacterSet.FromTerms(terms.Split('\\'));
        Assert.True(cs.TryEncode(text, vr, out var bytes));
        Assert.Equal(Convert.ToHexString(Bytes(hex)), Convert.ToHexString(bytes));
    }

    public static TheoryData<string, DicomVR, string> Unrepresentable => new()
    {
        { "ISO_IR 100", DicomVR.PN, "日本" },
        { "ISO_IR 100", DicomVR.LO, "Ł" },
        { "ISO_IR 144", DicomVR.LO, "é" },
        { "ISO_IR 13", DicomVR.LO, "a¥b" },   // 0x5C is the value delimiter in a multi-valued VR
        { "ISO_IR 13", DicomVR.LT, "a\\b" },  // JIS X 0201 Romaji has YEN SIGN at 0x5C and no backslash
        { "ISO_IR 13", DicomVR.LT, "~" },
        { "\\ISO 2022 IR 87", DicomVR.PN, "é" },
        { "\\ISO 2022 IR 87", DicomVR.PN, "ﾔ" },       // half-width katakana needs IR 13
        { "\\ISO 2022 IR 87", DicomVR.LO, "a\u001Bb" }, // an ESC of the text would read as an escape sequence
        { "\\ISO 2022 IR 149", DicomVR.PN, "é" },            // KS X 1001 has no é
        { "GBK", DicomVR.LO, "😀" },
        { "ISO_IR 166", DicomVR.LO, "€" },             // code page 874's extra at 0x80 is not TIS 620
        { "", DicomVR.PN, "日本" },                     // default repertoire (with its Latin-1 tolerance)
    };

    [Theory]
    [MemberData(nameof(Unrepresentable))]
    public void Reports_characters_it_cannot_represent(string terms, DicomVR vr, string text)
    {
        var cs = SpecificCharacterSet.FromTerms(terms.Split('\\'));
        Assert.False(cs.TryEncode(text, vr, out _));
    }

    [Theory]
    [InlineData("ISO_IR 192")]
    [InlineData("GB18030")]
    public void Reports_lone_surrogates(string term)
    {
        // Built here: xunit's theory data would turn a lone surrogate into U+FFFD.
        var cs = SpecificCharacterSet.FromTerms([term]);
        Assert.False(cs.TryEncode("a" + (char)0xD800 + "b", DicomVR.LO, out _));
        Assert.False(cs.TryEncode(((char)0xDC00).ToString(), DicomVR.LT, out _));
    }

    [Fact]
    public void Default_repertoire_reads_and_writes_bytes_above_0x7F_as_Latin1()
    {
        var cs = SpecificCharacterSet.FromTerms([""]);
        Assert.Same(SpecificCharacterSet.Default, cs);
        Assert.Equal("Café", cs.Decode(Bytes("436166E9"), DicomVR.PN));
        Assert.True(cs.TryEncode("Café", DicomVR.PN, out var bytes));
        Assert.Equal("436166E9", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Other_string_VRs_are_the_default_repertoire_whatever_the_character_set()
    {
        var cs = SpecificCharacterSet.FromTerms(["ISO_IR 192"]);
        Assert.Equal("Ã©", cs.Decode(Bytes("C3A9"), DicomVR.CS));
        Assert.Equal("é", cs.Decode(Bytes("C3A9"), DicomVR.LO));
        var jis = SpecificCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);
        Assert.Equal("\u001B$B;3", jis.Decode(Bytes("1B24423B33"), DicomVR.CS));
    }

    public static TheoryData<string, DicomVR, string, string> Malformed => new()
    {
        { "ISO_IR 192", DicomVR.LO, "41C342", "A\uFFFDB" },
        { "ISO_IR 100", DicomVR.LO, "1B2842", "\u001B(B" },           // no code extensions: ESC is only a control
        { "ISO_IR 13", DicomVR.LO, "E0A0", "\uFFFD\uFFFD" },          // empty cells of JIS X 0201 katakana
        { "ISO_IR 126", DicomVR.LO, "AE", "\uFFFD" },                 // empty cell of ISO 8859-7
        { "ISO_IR 166", DicomVR.LO, "DB", "\uFFFD" },
        { "\\ISO 2022 IR 87", DicomVR.LO, "1B24423B", "\uFFFD" },       // half a double-byte character
        { "\\ISO 2022 IR 87", DicomVR.LO, "1B2442 2F7E 1B2842", "\uFFFD" }, // empty cell of JIS X 0208
        { "\\ISO 2022 IR 87", DicomVR.LO, "1B2C5A41", "\uFFFDA" },    // escape sequence DICOM does not use
        { "\\ISO 2022 IR 87", DicomVR.LO, "411B", "A\uFFFD" },        // truncated escape sequence
        { "\\ISO 2022 IR 87", DicomVR.LO, "41E9", "A\uFFFD" },        // GR byte with no G1 set
        { "GB18030", DicomVR.LO, "8130", "\uFFFD" },          // truncated four-byte sequence
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Decodes_bad_bytes_to_replacement_characters(string terms, DicomVR vr, string hex, string text)
    {
        var cs = SpecificCharacterSet.FromTerms(terms.Split('\\'));
        Assert.Equal(text, cs.Decode(Bytes(hex), vr));
    }

    [Fact]
    public void Decoding_never_throws_on_random_bytes()
    {
        var random = new Random(20240501);
        var buffer = new byte[64];
        string[][] all =
        [
            [""], ["ISO_IR 100"], ["ISO_IR 13"], ["ISO_IR 166"], ["ISO_IR 192"], ["GB18030"], ["GBK"],
            ["", "ISO 2022 IR 87", "ISO 2022 IR 159"], ["ISO 2022 IR 13", "ISO 2022 IR 87"], ["", "ISO 2022 IR 149"],
            ["", "ISO 2022 IR 58"], ["ISO 2022 IR 100", "ISO 2022 IR 126", "ISO 2022 IR 144"],
        ];
        foreach (var terms in all)
        {
            var cs = SpecificCharacterSet.FromTerms(terms);
            for (int i = 0; i < 300; i++)
            {
                random.NextBytes(buffer);
                // Favour ESC and the delimiters so that the state machine is exercised.
                for (int k = 0; k < 8; k++) buffer[random.Next(buffer.Length)] = (byte)"\u001B$()B\\^="[random.Next(8)];
                var length = random.Next(buffer.Length + 1);
                foreach (var vr in new[] { DicomVR.PN, DicomVR.LO, DicomVR.LT })
                {
                    var text = cs.Decode(buffer.AsSpan(0, length), vr);
                    Assert.True(text.Length <= length);
                    // Whatever decoded without U+FFFD must encode, and read back the same.
                    if (!text.Contains('\uFFFD') && cs.TryEncode(text, vr, out var again))
                        Assert.Equal(text, cs.Decode(again, vr));
                }
            }
        }
    }

    [Fact]
    public void GR_bytes_after_a_delimiter_without_a_new_designation_use_the_named_G1_set()
    {
        var cs = SpecificCharacterSet.FromTerms(["", "ISO 2022 IR 149"]);
        Assert.Equal("홍^길동", cs.Decode(Bytes("1B242943C8AB5EB1E6B5BF"), DicomVR.PN));
        // and a lone "ISO 2022 IR 149" with raw KS X 1001 bytes, as some writers produce
        var lone = SpecificCharacterSet.FromTerms(["ISO 2022 IR 149"]);
        Assert.Equal("김희중", lone.Decode(Bytes("B1E8C8F1C1DF"), DicomVR.PN));
    }

    [Fact]
    public void Delimiters_inside_a_double_byte_run_belong_to_the_character()
    {
        // JIS X 0208 0x245C is HIRAGANA LETTER BO: its second byte is the backslash code.
        var cs = SpecificCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);
        Assert.Equal("ぼ", cs.Decode(Bytes("1B2442245C1B2842"), DicomVR.LO));
        Assert.True(cs.TryEncode("ぼ\\ぼ", DicomVR.LO, out var bytes));
        Assert.Equal("1B2442245C1B28425C1B2442245C1B2842", Convert.ToHexString(bytes));
    }

    [Fact]
    public void JIS_X_0208_decodes_with_the_JIS_mapping_and_accepts_the_Microsoft_forms()
    {
        var cs = SpecificCharacterSet.FromTerms(["", "ISO 2022 IR 87"]);
        Assert.Equal("〜−", cs.Decode(Bytes("1B24422141215D1B2842"), DicomVR.LO));
        Assert.True(cs.TryEncode("～－", DicomVR.LO, out var bytes));
        Assert.Equal("1B24422141215D1B2842", Convert.ToHexString(bytes));
    }

    [Fact]
    public void Switches_G0_between_JIS_X_0208_and_JIS_X_0212()
    {
        // 山 is in JIS X 0208 only, 丂 in JIS X 0212 only.
        var cs = SpecificCharacterSet.FromTerms(["", "ISO 2022 IR 87", "ISO 2022 IR 159"]);
        Assert.True(cs.TryEncode("山丂", DicomVR.LO, out var bytes));
        Assert.Equal("1B24423B331B24284430211B2842", Convert.ToHexString(bytes));
        Assert.Equal("山丂", cs.Decode(bytes, DicomVR.LO));
    }

    [Theory]
    [InlineData("ISO-IR 100")]
    [InlineData("iso_ir 100")]
    [InlineData("ISO_IR100")]
    [InlineData(" ISO_IR 100 ")]
    public void Accepts_spelling_slips_of_defined_terms(string term)
    {
        var cs = SpecificCharacterSet.FromTerms([term]);
        Assert.Empty(cs.UnknownTerms);
        Assert.Equal("é", cs.Decode([0xE9], DicomVR.LO));
    }

    [Fact]
    public void Unknown_terms_are_reported_and_read_as_the_default_repertoire()
    {
        var cs = SpecificCharacterSet.FromTerms(["ISO_IR 999"]);
        Assert.Equal(["ISO_IR 999"], cs.UnknownTerms);
        Assert.Equal("ABC", cs.Decode("ABC"u8, DicomVR.LO));
        Assert.Equal(["ISO_IR 999"], cs.Terms);
    }

    [Fact]
    public void Code_extensions_follow_the_terms()
    {
        Assert.False(SpecificCharacterSet.FromTerms(["ISO_IR 100"]).UsesCodeExtensions);
        Assert.True(SpecificCharacterSet.FromTerms(["ISO 2022 IR 100"]).UsesCodeExtensions);
        Assert.True(SpecificCharacterSet.FromTerms(["", "ISO 2022 IR 87"]).UsesCodeExtensions);
        Assert.False(SpecificCharacterSet.FromTerms(["ISO_IR 192"]).UsesCodeExtensions);
    }

    private static byte[] Bytes(string hex) => Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
}
