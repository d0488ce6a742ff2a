using OpenCityAomori.Core.Content;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Core.Proposals;
using OpenCityAomori.Modules.Partnership.Models;

namespace OpenCityAomori.Modules.Partnership.Services;

/// <summary>The words for an agreement's type, status and lists, in both languages.</summary>
internal static class AgreementTexts
{
    public static LocalizedText Type(AgreementType type) => type switch
    {
        AgreementType.Comprehensive => new("包括連携協定", "Comprehensive partnership agreement"),
        AgreementType.Business => new("事業連携協定", "Business partnership agreement"),
        AgreementType.Memorandum => new("覚書", "Memorandum"),
        _ => new("協定なし（個別の連携事業）", "No agreement (joint project)"),
    };

    public static LocalizedText Status(AgreementStatus status) => status switch
    {
        AgreementStatus.Negotiating => new("協議中", "Under negotiation"),
        AgreementStatus.Signed => new("締結", "Signed"),
        AgreementStatus.InEffect => new("実施中", "In effect"),
        AgreementStatus.Ended => new("終了", "Ended"),
        _ => new("解消", "Dissolved"),
    };

    /// <summary>A proposal's progress as the agreement's page names it.</summary>
    public static LocalizedText Progress(ProposalProgress progress) => progress switch
    {
        ProposalProgress.Received => new("受付", "Received"),
        ProposalProgress.Reviewing or ProposalProgress.DepartmentReview => new("検討中", "Under review"),
        ProposalProgress.AwaitingProposer => new("提案者の回答待ち", "Awaiting the proposer"),
        ProposalProgress.Answered => new("回答済み", "Answered"),
        ProposalProgress.InProgress => new("実施中", "In progress"),
        ProposalProgress.Completed => new("完了", "Completed"),
        _ => new("取り下げ", "Withdrawn"),
    };

    public static LocalizedText Kind(FollowUpKind kind) => kind switch
    {
        FollowUpKind.Meeting => new("打合せ", "Meeting"),
        FollowUpKind.Call => new("電話", "Call"),
        _ => new("訪問", "Visit"),
    };

    public static LocalizedText Party(CaseStudyParty party) => party == CaseStudyParty.City ? new("市", "City") : new("連携先", "Partner");

    public static LocalizedText Resource(CaseStudyResource resource) => resource switch
    {
        CaseStudyResource.People => new("ヒト", "People"),
        CaseStudyResource.Goods => new("モノ", "Goods"),
        CaseStudyResource.Money => new("カネ", "Money"),
        _ => new("情報", "Information"),
    };

    /// <summary>The value of the public item's agreementType field.</summary>
    public static string TypeValue(AgreementType type) => type switch
    {
        AgreementType.Comprehensive => "comprehensive",
        AgreementType.Business => "business",
        AgreementType.Memorandum => "memorandum",
        _ => "none",
    };

    /// <summary>The value of the public item's status field (only public statuses have one).</summary>
    public static string StatusValue(AgreementStatus status) => status switch
    {
        AgreementStatus.Signed => "signed",
        AgreementStatus.InEffect => "inEffect",
        _ => "ended",
    };

    public static string Pick(LocalizedText text, bool english) => english ? text.En : text.Ja;
}
