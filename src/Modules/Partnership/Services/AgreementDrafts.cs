using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>
/// The agreement draft of an accepted proposal: title, partners and department from the acceptance; the summary as the
/// first 連携事項 and the expected benefits as the city's effects, read through Core — but never a text the proposer asked
/// to keep confidential, since the registry's words become the public page once the agreement is signed.
/// </summary>
internal static class AgreementDrafts
{
    public static Agreement FromProposal(AcceptedProposal proposal, ProposalSnapshot? snapshot, DateTime now)
    {
        string Open(string name) =>
            snapshot is null || snapshot.ConfidentialTexts.Contains(name) ? string.Empty : snapshot.Text(name).Trim();
        var summary = Clip(Open("Summary"), 1000);
        var withheld = snapshot?.ConfidentialTexts.Where(n => n is "Summary" or "ExpectedBenefits").ToList() ?? [];
        return new Agreement
        {
            ProposalId = proposal.ProposalId,
            ReceiptNumber = proposal.ReceiptNumber,
            Type = AgreementType.Business,
            Title = Clip(proposal.Title, 200),
            PartnersJson = AgreementJson.Write(proposal.Organizations.Select(o => new AgreementPartner(o.Name, string.Empty, o.CorporateNumber))),
            DepartmentCode = proposal.LeadDepartmentCode,
            Summary = summary,
            ItemsJson = AgreementJson.Write(summary.Length == 0 ? [] : new[] { new AgreementText(Clip(summary, AgreementValidator.MaxRowLength), string.Empty) }),
            EffectsCity = Clip(Open("ExpectedBenefits"), AgreementValidator.MaxTextLength),
            Notes = withheld.Count == 0 ? string.Empty : "提案者が非公開を希望した項目は引き継いでいません（提案の画面で確認してください）。",
            Status = AgreementStatus.Negotiating,
            CreatedUtc = now,
            StatusChangedUtc = now,
            UpdatedUtc = now,
        };
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
