using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Proposals.Services;

/// <summary>The outcomes the seeded proposal flows offer, in words staff read, and which of them need a reason.</summary>
internal static class DecisionOutcomes
{
    public const string Assign = "assign";
    public const string Reroute = "reroute";
    public const string ChooseScheme = "chooseScheme";

    public static readonly IReadOnlyDictionary<string, LocalizedText> Labels = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        [Assign] = new("担当課へ回付する", "Route to the department"),
        [ChooseScheme] = new("連携手法を決めて担当課へ回付する", "Choose the scheme and route to the department"),
        ["requestChanges"] = new("提案者に修正・追加情報を依頼する", "Ask the proposer for changes or more information"),
        ["reject"] = new("受け付けない（理由を添えて回答）", "Decline (answer with the reason)"),
        ["approve"] = new("実施する", "Go ahead"),
        ["notFeasible"] = new("実施できない（理由を添えて回答）", "Not feasible (answer with the reason)"),
        ["tender"] = new("入札・公募で進める", "Proceed by a tender or open call"),
        [Reroute] = new("担当が違う（デスクに戻して回付し直す）", "Not ours (back to the desk to route again)"),
        ["send"] = new("この判断で提案者に回答する", "Send the answer to the proposer"),
        ["returnToDepartment"] = new("担当課に差し戻す", "Return to the department"),
        ["done"] = new("完了", "Done"),
    };

    /// <summary>Outcomes whose comment goes to the proposer or back to the other side: they need one.</summary>
    public static readonly IReadOnlySet<string> NeedsReason = new HashSet<string>(StringComparer.Ordinal)
    {
        "reject", "requestChanges", "notFeasible", Reroute, "returnToDepartment",
    };

    /// <summary>Outcomes that route the proposal to a department chosen with the decision.</summary>
    public static readonly IReadOnlySet<string> NeedsDepartment = new HashSet<string>(StringComparer.Ordinal) { Assign, ChooseScheme };

    public static string Label(string outcome, bool english) =>
        Labels.TryGetValue(outcome, out var label) ? (english ? label.En : label.Ja) : outcome;
}
