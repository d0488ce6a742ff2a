using OpenCityAomori.Core.Localization;

namespace OpenCityAomori.Modules.Portal.Services;

/// <summary>The public list pages: their titles, introductions, filters, and place in the main menu.</summary>
internal sealed record PortalList(string Type, LocalizedText Title, LocalizedText Intro, IReadOnlyList<string> Filters, int PageSize, int MenuOrder);

internal static class PortalLists
{
    public static readonly PortalList Cases = new(
        PortalContentTypes.CaseStudy,
        new("連携事例", "Case studies"),
        new("自治体と企業・大学・団体などが連携して取り組んだ事例です。連携の形や自治体、年、タグで絞り込めます。",
            "Collaborations between cities and companies, universities and organisations. Narrow them by scheme, municipality, year or tag."),
        ["scheme", "municipality", ListFilter.Year, ListFilter.Tag],
        12,
        100);

    public static readonly PortalList Challenges = new(
        PortalContentTypes.Challenge,
        new("行政課題", "Challenges"),
        new("市の各課が解決策を求めている課題です。募集中の課題から表示しています。解決のアイデアをご提案ください。",
            "Problems the city's divisions want solved, open ones first. Propose your solution."),
        ["status", "department"],
        12,
        101);

    public static readonly PortalList News = new(
        PortalContentTypes.News,
        new("お知らせ", "News"),
        new("公民連携デスクからのお知らせ、イベント、報道発表です。", "Announcements, events and press releases from the desk."),
        ["category", ListFilter.Year],
        10,
        102);

    public static readonly PortalList Faq = new(
        PortalContentTypes.Faq,
        new("よくある質問", "FAQ"),
        new("提案や実証実験についてよくいただく質問と回答です。", "Frequently asked questions about proposals and pilot projects."),
        ["category"],
        1000,
        103);

    public static readonly PortalList Methods = new(
        PortalContentTypes.CollaborationMethod,
        new("連携手法", "Collaboration methods"),
        new("民間提案制度のほかに、市が活用している公民連携の手法です。", "Other public-private partnership methods the city uses besides the proposal system."),
        [],
        1000,
        104);

    public static readonly IReadOnlyList<PortalList> All = [Cases, Challenges, News, Faq, Methods];

    public static PortalList For(string type) => All.First(l => l.Type == type);
}
