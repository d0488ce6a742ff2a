using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Contents.Services;
using OpenCityAomori.Modules.Contents.Validation;

namespace OpenCityAomori.UnitTests.Contents;

public class FieldValuesTests
{
    [Theory]
    [InlineData("2023-06-23", "2023-06-23")]
    [InlineData("２０２３－０６－２３", "2023-06-23")]
    [InlineData("2023/6/23", "2023-06-23")]
    [InlineData("２０２３年６月２３日", "2023-06-23")]
    [InlineData(" 2023.6.3 ", "2023-06-03")]
    [InlineData("2023-02-30", "2023-02-30")]
    [InlineData("令和5年6月23日", "令和5年6月23日")]
    public void Dates_are_normalised_to_year_month_day_and_impossible_ones_are_left_for_the_validator(string input, string expected)
    {
        Assert.Equal(expected, FieldValues.NormalizeDate(input));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    [InlineData("１，５００", 1500)]
    [InlineData("-3.5", -3.5)]
    public void Numbers_accept_full_width_digits_and_thousands_separators(string input, double expected)
    {
        Assert.Equal((decimal)expected, FieldValues.ParseNumber(input));
    }

    [Theory]
    [InlineData("たくさん")]
    [InlineData("")]
    [InlineData("1e5")]
    public void Text_that_is_not_a_number_is_not_a_number(string input)
    {
        Assert.Null(FieldValues.ParseNumber(input));
    }

    [Fact]
    public void Tags_split_on_commas_and_japanese_commas_without_empties_or_repeats()
    {
        Assert.Equal(["AI", "観光", "DX"], FieldValues.SplitTags("AI、観光, ,DX，AI"));
    }

    [Theory]
    [InlineData("2025-04-01T09:00", 2025, 4, 1, 0, 0)]
    [InlineData("２０２５-０４-０１ ０８:３０", 2025, 3, 31, 23, 30)]
    public void Japan_time_is_stored_as_utc_nine_hours_earlier(string input, int year, int month, int day, int hour, int minute)
    {
        Assert.True(JapanTime.TryParseToUtc(input, out var utc));
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc!.Value.Kind);
    }

    [Fact]
    public void Japan_time_round_trips_through_the_input_value()
    {
        var utc = new DateTime(2025, 3, 31, 23, 30, 0, DateTimeKind.Utc);

        Assert.Equal("2025-04-01T08:30", JapanTime.ToInput(utc));
        Assert.True(JapanTime.TryParseToUtc(JapanTime.ToInput(utc), out var back));
        Assert.Equal(utc, back);
    }

    [Fact]
    public void An_unreadable_time_is_refused_and_an_empty_one_is_no_time()
    {
        Assert.False(JapanTime.TryParseToUtc("来週", out _));
        Assert.False(JapanTime.TryParseToUtc("0001-01-01T00:00", out _));
        Assert.True(JapanTime.TryParseToUtc(" ", out var none));
        Assert.Null(none);
    }
}
