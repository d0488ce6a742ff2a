using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Forms.Services;

namespace OpenCityAomori.UnitTests.Forms;

public sealed class JapaneseInputTests
{
    [Theory]
    [InlineData("〒０３０－８５０５", "030-8505")]
    [InlineData("０３０ー８５０５", "030-8505")]
    [InlineData("030‐8505", "030-8505")]
    [InlineData("0308505", "030-8505")]
    [InlineData(" 030−8505 ", "030-8505")]
    [InlineData("03-08505", "03-08505")]
    public void Postal_codes_are_folded_to_three_digits_a_hyphen_and_four(string input, string expected) =>
        Assert.Equal(expected, JapaneseInput.PostalCode(input));

    [Theory]
    [InlineData("０１７ー７６１ー４１５４", "017-761-4154")]
    [InlineData("017－761－4154", "017-761-4154")]
    [InlineData("017―761―4154", "017-761-4154")]
    [InlineData("(017) 761 4154", "017-761-4154")]
    [InlineData("０１７　７６１　４１５４", "017-761-4154")]
    [InlineData("+81-17-761-4154", "+81-17-761-4154")]
    public void Phone_numbers_accept_full_width_digits_dashes_and_spaces(string input, string expected) =>
        Assert.Equal(expected, JapaneseInput.Phone(input));

    [Theory]
    [InlineData("１，２３４", "1234")]
    [InlineData("－５", "-5")]
    [InlineData("３．５", "3.5")]
    public void Numbers_are_folded(string input, string expected) => Assert.Equal(expected, JapaneseInput.Number(input));

    [Fact]
    public void Email_is_trimmed_and_width_folded() =>
        Assert.Equal("taro@example.jp", JapaneseInput.Email("　ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ "));

    [Fact]
    public void Text_keeps_its_characters_but_not_surrounding_space() =>
        Assert.Equal("ＡＢＣ\n二行目", JapaneseInput.Text("  ＡＢＣ\r\n二行目\n "));
}
