using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.UnitTests.Proposals;

public sealed class TrackingTokenTests
{
    [Fact]
    public void A_token_carries_256_random_bits_and_only_its_hash_is_kept()
    {
        var (token, hash) = TrackingTokens.New();
        var (other, _) = TrackingTokens.New();

        Assert.Equal(43, token.Length); // 32 bytes in base64url without padding
        Assert.True(TrackingTokens.LooksValid(token));
        Assert.NotEqual(token, other);
        Assert.Equal(32, hash.Length);
        Assert.Equal(hash, TrackingTokens.Hash(token));
        Assert.NotEqual(hash, TrackingTokens.Hash(other));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("cEZ-YaW_UXUGldodbmAemZ2yRyTU_MBAHPH-RNQRJZ/")]
    [InlineData("cEZ-YaW_UXUGldodbmAemZ2yRyTU_MBAHPH-RNQRJZwX")]
    public void Anything_but_a_43_character_base64url_token_is_refused_before_a_look_up(string? token) =>
        Assert.False(TrackingTokens.LooksValid(token));
}
