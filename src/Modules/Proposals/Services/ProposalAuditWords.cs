using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Proposals.Models;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The audit trail's actions, entities and recorded items of a proposal as a person reads them.</summary>
internal static class ProposalAuditWords
{
    private static readonly Dictionary<string, LocalizedText> Actions = new(StringComparer.Ordinal)
    {
        ["Created"] = new("登録", "Created"),
        ["Updated"] = new("更新", "Updated"),
        ["Deleted"] = new("削除", "Deleted"),
        ["AccessDenied"] = new("閲覧を拒否（権限のない利用者）", "Access refused (no right to see it)"),
        [DisclosureExport.AuditAction] = new("情報公開用の写しを出力", "Disclosure copy made"),
        [ProposalRetention.AuditAction] = new("保存期間の経過により個人情報を削除", "Personal data removed (retention period ended)"),
    };

    private static readonly Dictionary<string, LocalizedText> Entities = new(StringComparer.Ordinal)
    {
        [nameof(Proposal)] = new("提案", "Proposal"),
        [nameof(ProposalMessage)] = new("提案者とのメッセージ", "Message with the proposer"),
        [nameof(DisclosureConsultation)] = new("開示前の提案者への意見照会", "Consultation of the proposer before disclosure"),
        [nameof(DisclosureRelease)] = new("開示する資料の選択", "Items released for disclosure"),
        [nameof(OpinionRequest)] = new("他課への照会", "Opinion of another department"),
    };

    private static readonly Dictionary<string, LocalizedText> Items = new(StringComparer.Ordinal)
    {
        [nameof(Proposal.Stage)] = new("段階", "stage"),
        [nameof(Proposal.StageChangedUtc)] = new("段階の変更日時", "stage changed"),
        [nameof(Proposal.LeadDepartmentCode)] = new("担当課", "lead department"),
        [nameof(Proposal.Scheme)] = new("連携の手法", "scheme"),
        [nameof(Proposal.Kind)] = new("提案の種類", "kind"),
        [nameof(Proposal.Title)] = new("件名", "title"),
        [nameof(Proposal.ReplyDueUtc)] = new("回答期限", "reply due"),
        [nameof(Proposal.UnreadReplies)] = new("未読の返信", "unread replies"),
        [nameof(Proposal.AnswerText)] = new("回答", "answer"),
        [nameof(Proposal.AnsweredUtc)] = new("回答日時", "answered"),
        [nameof(Proposal.ConfidentialFieldsJson)] = new("非公開を希望する項目", "confidential parts"),
        [nameof(ProposalMessage.ReadUtc)] = new("既読", "read"),
        [nameof(DisclosureRelease.ReleasedKeysJson)] = new("開示する資料", "released items"),
        [nameof(Proposal.StageDueUtc)] = new("検討期限", "review due"),
        [nameof(OpinionRequest.AnsweredUtc)] = new("照会への回答日時", "opinion answered"),
        [nameof(OpinionRequest.AnsweredBy)] = new("照会に回答した職員", "opinion answered by"),
        [nameof(OpinionRequest.RemindedUtc)] = new("照会の督促日時", "opinion reminded"),
    };

    public static string Action(string action) => Actions.TryGetValue(action, out var text) ? text.Current : action;

    public static string Entity(string entityType) => Entities.TryGetValue(entityType, out var text) ? text.Current : entityType;

    /// <summary>The changed items in words; bookkeeping of the change itself (who, when) is left out.</summary>
    public static IReadOnlyList<string> Properties(IEnumerable<string> names) =>
        names.Where(n => n is not (nameof(DisclosureRelease.UpdatedBy) or nameof(DisclosureRelease.UpdatedUtc)))
            .Select(n => Items.TryGetValue(n, out var text) ? text.Current : n).ToList();

    public static string Who(string userName) => userName switch
    {
        "system" => Cultures.T("システム（ワークフロー等）", "System (workflows)"),
        "anonymous" => Cultures.T("ログインしていない利用者（提案者など）", "Not signed in (e.g. the proposer)"),
        _ => userName,
    };
}
