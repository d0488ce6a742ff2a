using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.UnitTests.Proposals;

public sealed class CorporateNumberTests
{
    [Theory]
    [InlineData("7000012050002")] // 国税庁, the example the scheme documents
    [InlineData("4000020022012")]
    public void A_number_whose_first_digit_matches_the_check_digit_is_valid(string number) =>
        Assert.True(CorporateNumber.IsValid(number));

    [Theory]
    [InlineData("6000012050002")]
    [InlineData("700001205000")]
    [InlineData("70000120500021")]
    [InlineData("700001205000A")]
    [InlineData("")]
    public void A_wrong_check_digit_length_or_character_is_refused(string number) =>
        Assert.False(CorporateNumber.IsValid(number));

    [Fact]
    public void Exactly_one_check_digit_fits_any_twelve_digits()
    {
        var valid = Enumerable.Range(0, 10).Count(d => CorporateNumber.IsValid(d + "000012050002"));
        Assert.Equal(1, valid);
    }
}
