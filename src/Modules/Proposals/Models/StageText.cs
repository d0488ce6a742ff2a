using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Models;

/// <summary>The stages, kinds and applicant types in plain words, as proposers and staff read them.</summary>
internal static class StageText
{
    public static string Stage(ProposalStage stage, DateTime? replyDueUtc, bool english) => stage switch
    {
        ProposalStage.Received => english ? "Received" : "受付",
        ProposalStage.Reviewing => english ? "Being checked by the desk" : "内容確認中",
        ProposalStage.AwaitingProposer when replyDueUtc is { } due => english
            ? $"Waiting for your reply (by {JapanTime.Day(due).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)})"
            : $"ご回答待ち（{JapanTime.Day(due).Month}月{JapanTime.Day(due).Day}日まで）",
        ProposalStage.AwaitingProposer => english ? "Waiting for your reply" : "ご回答待ち",
        ProposalStage.DepartmentReview => english ? "Being considered by the department" : "担当課で検討中",
        ProposalStage.Answered => english ? "Answered" : "回答済み",
        ProposalStage.InProgress => english ? "In progress" : "実施中",
        ProposalStage.Completed => english ? "Completed" : "完了",
        ProposalStage.Withdrawn => english ? "Withdrawn" : "取り下げ",
        _ => stage.ToString(),
    };

    public static string Kind(ProposalKind kind, bool english) => kind == ProposalKind.Challenge
        ? (english ? "Challenge proposal" : "課題提案")
        : (english ? "Free proposal" : "自由提案");

    /// <summary>The applicant types as the form posts them (<c>Value</c>), stores them and names them.</summary>
    public static readonly IReadOnlyList<(string Value, ApplicantType Type, LocalizedText Label)> ApplicantTypes =
    [
        ("corporation", ApplicantType.Corporation, new("法人（企業等）", "Corporation (company)")),
        ("organization", ApplicantType.Organization, new("団体（NPO・組合等）", "Organisation (NPO, association)")),
        ("university", ApplicantType.University, new("大学等（教育・研究機関）", "University or research institution")),
        ("soleProprietor", ApplicantType.SoleProprietor, new("個人事業主", "Sole proprietor")),
        ("individual", ApplicantType.Individual, new("個人（事業を営んでいない方）", "Private individual (not in business)")),
    ];

    public static string Applicant(ApplicantType type, bool english)
    {
        var label = ApplicantTypes.First(a => a.Type == type).Label;
        return english ? label.En : label.Ja;
    }

    public static string Channel(ProposalChannel channel, bool english) => channel switch
    {
        ProposalChannel.Online => english ? "Online" : "オンライン",
        ProposalChannel.InPerson => english ? "In person" : "窓口（来庁）",
        ProposalChannel.Phone => english ? "By phone" : "電話",
        ProposalChannel.Mail => english ? "By mail" : "郵送",
        _ => channel.ToString(),
    };
}
