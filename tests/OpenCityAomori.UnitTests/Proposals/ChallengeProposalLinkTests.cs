using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Proposals.Services;

namespace OpenCityAomori.UnitTests.Proposals;

/// <summary>The challenge page's 「この課題に提案する」 follows the form's rule: open, and the deadline not past in Japan.</summary>
public sealed class ChallengeProposalLinkTests
{
    // 2026-12-07 15:30 UTC is already 2026-12-08 00:30 in Japan.
    private readonly ChallengeProposalLink link = new(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 15, 30, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("Challenge", "ja", "open", "2026-12-08", "/propose?challenge=group%2F1")]
    [InlineData("Challenge", "en", "open", null, "/en/propose?challenge=group%2F1")]
    [InlineData("Challenge", "ja", "open", "2026-12-07", null)]
    [InlineData("Challenge", "ja", "closed", null, null)]
    [InlineData("CaseStudy", "ja", "open", null, null)]
    public void Links_to_the_form_with_the_challenge_chosen_only_while_it_takes_proposals(string type, string culture, string status, string? deadline, string? expected)
    {
        var fields = new Dictionary<string, JsonElement> { ["status"] = JsonSerializer.SerializeToElement(status) };
        if (deadline is not null)
        {
            fields["deadline"] = JsonSerializer.SerializeToElement(deadline);
        }

        var challenge = new ContentItemView
        {
            ContentItemId = "item-" + culture,
            VersionId = 1,
            VersionNumber = 1,
            ContentType = type,
            Culture = culture,
            Slug = "station-square",
            Title = "駅前広場のにぎわい創出",
            TranslationGroupId = "group/1",
            Status = ContentStatus.Published,
            CreatedUtc = DateTime.UnixEpoch,
            ModifiedUtc = DateTime.UnixEpoch,
            Fields = fields,
            Html = new Dictionary<string, string>(),
        };

        Assert.Equal(expected, link.ProposeUrl(challenge));
    }
}
