using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The challenge page's link to the form, under the same rule the form applies to the challenge.</summary>
internal sealed class ChallengeProposalLink(TimeProvider clock) : IChallengeProposalLink
{
    public string? ProposeUrl(ContentItemView challenge) =>
        challenge.ContentType == ProposalFormOptionsProvider.ChallengeType && ProposalFormOptionsProvider.IsOpen(challenge, JapanTime.Day(clock.GetUtcNow().UtcDateTime))
            ? ProposalRoutes.FormUrl(challenge.Culture) + "?challenge=" + Uri.EscapeDataString(challenge.TranslationGroupId)
            : null;
}
