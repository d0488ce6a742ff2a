using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Models;
using OpenCityAomori.Modules.Partnership.Services;

namespace OpenCityAomori.UnitTests.Partnership;

public sealed class AgreementDraftTests
{
    private static readonly AcceptedProposal Accepted = new(7, "P-20261201-0001", "雪対策の連携", "TOSHI-DORO", [new("株式会社雪", "7000012050002"), new("雪大学", null)], "", "");

    [Fact]
    public void The_draft_starts_from_the_proposals_summary_and_benefits()
    {
        var draft = AgreementDrafts.FromProposal(Accepted, Snapshot([]), DateTime.UnixEpoch);

        Assert.Equal((7L, "P-20261201-0001", "雪対策の連携", "TOSHI-DORO", AgreementStatus.Negotiating), (draft.ProposalId, draft.ReceiptNumber, draft.Title, draft.DepartmentCode, draft.Status));
        Assert.Equal([("株式会社雪", "7000012050002"), ("雪大学", null)], draft.Partners().Select(p => (p.Name, p.CorporateNumber)));
        Assert.Equal("除雪の効率化", draft.Summary);
        Assert.Equal(["除雪の効率化"], draft.Items().Select(i => i.Ja));
        Assert.Equal("除雪費の削減", draft.EffectsCity);
        Assert.Equal(string.Empty, draft.Notes);
    }

    [Fact]
    public void Texts_the_proposer_marked_confidential_are_not_carried_towards_the_public_page()
    {
        var draft = AgreementDrafts.FromProposal(Accepted, Snapshot(["Summary", "ExpectedBenefits"]), DateTime.UnixEpoch);

        Assert.Equal((string.Empty, string.Empty), (draft.Summary, draft.EffectsCity));
        Assert.Empty(draft.Items());
        Assert.Contains("非公開を希望した項目", draft.Notes, StringComparison.Ordinal);
    }

    private static ProposalSnapshot Snapshot(IReadOnlyCollection<string> confidential) => new(
        7, "P-20261201-0001", "雪対策の連携", "partnership", ProposalProgress.Answered, "TOSHI-DORO", Accepted.Organizations,
        new Dictionary<string, string> { ["Summary"] = " 除雪の効率化 ", ["ExpectedBenefits"] = "除雪費の削減" }, confidential, [], "/admin/proposals/7");
}
