using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Core.Proposals;

/// <summary>
/// Where a visitor proposes on a published challenge (行政課題): the challenge page's 「この課題に提案する」.
/// The module that takes proposals registers it and alone decides whether a challenge is open to them.
/// </summary>
public interface IChallengeProposalLink
{
    /// <summary>The proposal form with this challenge chosen, in the item's language; null when it takes no proposal now (closed, past its deadline).</summary>
    string? ProposeUrl(ContentItemView challenge);
}
