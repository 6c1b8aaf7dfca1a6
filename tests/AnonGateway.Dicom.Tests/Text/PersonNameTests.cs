using AnonGateway.Dicom.Text;

namespace AnonGateway.Dicom.Tests.Text;

public sealed class PersonNameTests
{
    [Fact]
    public void Splits_groups_at_equals_and_components_at_carets()
    {
        var name = PersonName.Parse("Yamada^Tarou=山田^太郎=やまだ^たろう");
        Assert.Equal(new PersonNameGroup("Yamada", "Tarou"), name.Alphabetic);
        Assert.Equal(new PersonNameGroup("山田", "太郎"), name.Ideographic);
        Assert.Equal("やまだ", name.Phonetic.FamilyName);
        Assert.Equal("たろう", name.Phonetic.GivenName);
        Assert.Equal("Yamada^Tarou=山田^太郎=やまだ^たろう", name.ToString());
    }

    [Fact]
    public void Reads_all_five_components()
    {
        var group = PersonName.Parse("Adams^John Robert Quincy^^Rev.^B.A. M.Div.").Alphabetic;
        Assert.Equal(["Adams", "John Robert Quincy", "", "Rev.", "B.A. M.Div."], group.Components);
        Assert.Equal("Rev.", group.NamePrefix);
        Assert.Equal("B.A. M.Div.", group.NameSuffix);
    }

    [Theory]
    [InlineData("Wang^XiaoDong=王^小东=", "Wang^XiaoDong=王^小东")]
    [InlineData("^^^^", "")]
    [InlineData("Doctor^Who^^MD", "Doctor^Who^^MD")]
    [InlineData("=山田^太郎", "=山田^太郎")]
    [InlineData("Smith^^^^", "Smith")]
    [InlineData("", "")]
    public void Formats_without_trailing_empty_groups_and_components(string value, string formatted)
    {
        Assert.Equal(formatted, PersonName.Parse(value).ToString());
    }

    [Fact]
    public void Keeps_extra_delimiters_rather_than_losing_text()
    {
        Assert.Equal("a^b^c^d^e^f", PersonName.Parse("a^b^c^d^e^f").ToString());
        Assert.Equal("e^f", PersonName.Parse("a^b^c^d^e^f").Alphabetic.NameSuffix);
        Assert.Equal("a=b=c=d", PersonName.Parse("a=b=c=d").ToString());
    }

    [Fact]
    public void Empty_names_are_empty()
    {
        Assert.True(PersonName.Parse("^^^^").IsEmpty);
        Assert.True(PersonName.Parse("==").IsEmpty);
        Assert.False(PersonName.Parse("==x").IsEmpty);
        Assert.Equal(PersonName.Empty, PersonName.Parse(""));
    }

    [Fact]
    public void Parses_and_formats_multiple_values()
    {
        var names = PersonName.ParseValues("Buc^Jérôme\\Smith^John=スミス");
        Assert.Equal(2, names.Count);
        Assert.Equal("Jérôme", names[0].Alphabetic.GivenName);
        Assert.Equal("スミス", names[1].Ideographic.FamilyName);
        Assert.Equal("Buc^Jérôme\\Smith^John=スミス", PersonName.FormatValues(names));
        Assert.Empty(PersonName.ParseValues(""));
    }

    [Fact]
    public void Builds_a_name_from_groups()
    {
        var name = new PersonName(new PersonNameGroup("Hong", "Gildong"), new PersonNameGroup("洪", "吉洞"), new PersonNameGroup("홍", "길동"));
        Assert.Equal("Hong^Gildong=洪^吉洞=홍^길동", name.ToString());
        Assert.Equal(name, PersonName.Parse(name.ToString()));
    }
}
