using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Search.Indexing;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.UnitTests.Search;

/// <summary>Content types shaped like the Portal's, and items built the way Contents hands them to search.</summary>
internal static class SearchTestData
{
    public static readonly ContentTypeDefinition CaseStudy = new("CaseStudy", new("連携事例", "Case study"),
    [
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("body", new("本文", "Body"), ContentFieldKind.Markdown),
        new("municipality", new("自治体", "Municipality"), ContentFieldKind.Text) { IsFacet = true },
        new("scheme", new("連携の形", "Scheme"), ContentFieldKind.Select)
        {
            IsFacet = true,
            Options = [new("partnership", new("連携事業", "Partnership")), new("pilot", new("実証実験", "Pilot project")), new("agreement", new("連携協定", "Agreement"))],
        },
        new("startDate", new("開始日", "Start date"), ContentFieldKind.Date),
        new("tags", new("タグ", "Tags"), ContentFieldKind.Tags) { IsFacet = true },
        new("contributions", new("提供リソース", "Contributions"), ContentFieldKind.Group)
        {
            Fields =
            [
                new("party", new("主体", "Party"), ContentFieldKind.Select) { Options = [new("city", new("市", "City")), new("business", new("事業者", "Business"))] },
                new("text", new("内容", "Details"), ContentFieldKind.Text),
            ],
        },
    ])
    { RoutePrefix = "cases", DateField = "startDate", SummaryField = "summary", BodyField = "body" };

    public static readonly ContentTypeDefinition Challenge = new("Challenge", new("行政課題", "Challenge"),
    [
        new("summary", new("概要", "Summary"), ContentFieldKind.MultilineText),
        new("background", new("背景・現状", "Background"), ContentFieldKind.Markdown),
        new("department", new("担当課", "Department"), ContentFieldKind.Text) { IsFacet = true },
        new("postedOn", new("掲載日", "Posted on"), ContentFieldKind.Date),
        new("status", new("募集状況", "Status"), ContentFieldKind.Select)
        {
            IsFacet = true,
            Options = [new("open", new("募集中", "Open")), new("closed", new("募集終了", "Closed"))],
        },
    ])
    { RoutePrefix = "challenges", DateField = "postedOn", SummaryField = "summary", BodyField = "background" };

    /// <summary>A type kept out of public search.</summary>
    public static readonly ContentTypeDefinition Note = new("Note", new("メモ", "Note"), [new("body", new("本文", "Body"), ContentFieldKind.Markdown)])
    { RoutePrefix = "notes", BodyField = "body", Searchable = false };

    public static readonly IReadOnlyDictionary<string, ContentTypeDefinition> Types =
        new[] { CaseStudy, Challenge, Note }.ToDictionary(t => t.Name);

    public static ContentItemView Item(
        string id,
        string type,
        string title,
        string culture = "ja",
        string? body = null,
        IReadOnlyDictionary<string, object>? fields = null,
        ContentStatus status = ContentStatus.Published,
        int version = 1,
        DateTime? published = null)
    {
        var definition = Types[type];
        var values = (fields ?? new Dictionary<string, object>()).ToDictionary(f => f.Key, f => JsonSerializer.SerializeToElement(f.Value));
        var html = new Dictionary<string, string>();
        if (body is not null && definition.BodyField is { } bodyField)
        {
            values[bodyField] = JsonSerializer.SerializeToElement(body);
            html[bodyField] = "<p>" + System.Net.WebUtility.HtmlEncode(body) + "</p>";
        }

        return new ContentItemView
        {
            ContentItemId = id,
            VersionId = (id.GetHashCode(StringComparison.Ordinal) & 0xFFFF) * 100 + version,
            VersionNumber = version,
            ContentType = type,
            Culture = culture,
            Slug = id,
            Title = title,
            TranslationGroupId = id,
            Status = status,
            PublishedUtc = status == ContentStatus.Published || published is not null ? published ?? new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc) : null,
            CreatedUtc = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            ModifiedUtc = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc),
            Fields = values,
            Html = html,
        };
    }

    /// <summary>A published item whose latest version is the published one.</summary>
    public static ContentIndexEntry Published(ContentItemView item) => new(item.ContentItemId, item, item);

    public static ContentIndexEntry DraftOnly(ContentItemView item) => new(item.ContentItemId, null, item);
}

/// <summary>A throwaway index on disk, filled through the same path the sync service uses.</summary>
internal sealed class TestIndex : IDisposable
{
    private long _checkpoint;

    public TestIndex()
    {
        Root = Path.Combine(Path.GetTempPath(), "oca-search-test-" + Guid.NewGuid().ToString("N")[..12]);
        Manager = new SearchIndexManager(Root, NullLogger<SearchIndexManager>.Instance);
        Service = new SearchService(Manager);
    }

    public string Root { get; }

    public SearchIndexManager Manager { get; }

    public SearchService Service { get; }

    public TestIndex Add(params ContentIndexEntry[] entries)
    {
        Manager.Current.Apply(entries.Select(e => e.ContentItemId), entries, SearchTestData.Types);
        Manager.Current.Commit(++_checkpoint);
        return this;
    }

    public TestIndex Delete(string id)
    {
        Manager.Current.Apply([id], [], SearchTestData.Types);
        Manager.Current.Commit(++_checkpoint);
        return this;
    }

    public SearchResult Public(string text, string culture = "ja") => Service.Search(new SearchRequest(text, SearchScope.Public) { Culture = culture });

    public SearchResult Editor(string text) => Service.Search(new SearchRequest(text, SearchScope.Editor));

    public IReadOnlyList<string> PublicIds(string text, string culture = "ja") => Public(text, culture).Hits.Select(h => h.Id).ToList();

    public void Dispose()
    {
        Manager.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
