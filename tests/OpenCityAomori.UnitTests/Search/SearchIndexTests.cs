using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Search.Querying;
using static OpenCityAomori.UnitTests.Search.SearchTestData;

namespace OpenCityAomori.UnitTests.Search;

public sealed class SearchIndexTests : IDisposable
{
    private readonly TestIndex _index = new();

    [Fact]
    public void A_draft_is_found_by_editors_only()
    {
        _index.Add(DraftOnly(Item("draft", "CaseStudy", "未公開の連携事例", body: "秘密の実証実験", status: ContentStatus.Draft)));

        Assert.Empty(_index.PublicIds("秘密"));
        var hit = Assert.Single(_index.Editor("秘密").Hits);
        Assert.Equal("draft", hit.Id);
        Assert.Equal("Draft", hit.Status);
        Assert.False(hit.HasPublished);
    }

    [Fact]
    public void While_a_new_draft_is_edited_the_public_still_finds_the_published_text()
    {
        var published = Item("case", "CaseStudy", "雪かきの実証実験", body: "除雪ロボットの試験。");
        var draft = Item("case", "CaseStudy", "雪かきの実証実験", body: "融雪ドローンの試験。", status: ContentStatus.Draft, version: 2, published: published.PublishedUtc);
        _index.Add(new ContentIndexEntry("case", published, draft));

        Assert.Equal(["case"], _index.PublicIds("除雪ロボット"));
        Assert.Empty(_index.PublicIds("融雪ドローン"));
        var editors = Assert.Single(_index.Editor("融雪ドローン").Hits);
        Assert.True(editors.HasPublished);
        Assert.Empty(_index.Editor("除雪ロボット").Hits);
    }

    [Fact]
    public void Unpublishing_and_deleting_remove_the_public_document()
    {
        var item = Item("case", "CaseStudy", "港の連携事例", body: "港湾の活用。");
        _index.Add(Published(item));
        Assert.Equal(["case"], _index.PublicIds("港湾"));

        _index.Add(DraftOnly(item with { Status = ContentStatus.Draft }));
        Assert.Empty(_index.PublicIds("港湾"));
        Assert.Single(_index.Editor("港湾").Hits);

        _index.Delete("case");
        Assert.Empty(_index.Editor("港湾").Hits);
    }

    [Fact]
    public void Types_that_are_not_searchable_stay_out_of_public_search()
    {
        _index.Add(Published(Item("note", "Note", "内部メモ", body: "打合せの記録")));

        Assert.Empty(_index.PublicIds("打合せ"));
        Assert.Single(_index.Editor("打合せ").Hits);
    }

    [Fact]
    public void Public_search_returns_items_of_the_page_language_only()
    {
        _index.Add(
            Published(Item("ja", "CaseStudy", "青森市の実証実験", body: "Aomori の事例")),
            Published(Item("en", "CaseStudy", "A pilot in Aomori", culture: "en", body: "Pilot experiments with the city.")));

        Assert.Equal(["ja"], _index.PublicIds("aomori", "ja"));
        Assert.Equal(["en"], _index.PublicIds("aomori", "en"));
        Assert.Equal(2, _index.Editor("aomori").Total);
    }

    [Fact]
    public void English_items_are_found_by_other_forms_of_a_word()
    {
        _index.Add(Published(Item("en", "CaseStudy", "Smart city", culture: "en", body: "The city ran an experiment with sensors.")));

        Assert.Equal(["en"], _index.PublicIds("experiments", "en"));
        Assert.Equal(["en"], _index.PublicIds("Sensor", "en"));
        Assert.Equal(["en"], _index.PublicIds("the experimenting", "en"));
    }

    [Fact]
    public void Snippets_encode_the_text_and_mark_only_the_matches()
    {
        _index.Add(Published(Item("x", "CaseStudy", "<b>太字</b>の連携", body: "アップサイクルの取り組み <script>alert('x')</script> & more")));

        var hit = Assert.Single(_index.Public("アップサイクル").Hits);

        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("<mark>アップサイクル</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("&amp;", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("&lt;b&gt;太字&lt;/b&gt;の連携", hit.TitleHtml);
        Assert.Equal("アップサイクルの取り組み <script>alert('x')</script> & more", hit.Snippet);
    }

    [Fact]
    public void Titles_are_highlighted_when_they_match()
    {
        _index.Add(Published(Item("x", "CaseStudy", "AIカメラの実証", body: "通行量を測る。")));

        Assert.Equal("<mark>AI</mark>カメラの実証", Assert.Single(_index.Public("ai").Hits).TitleHtml);
    }

    [Fact]
    public void A_result_links_to_the_public_page_of_its_type_and_language()
    {
        _index.Add(
            Published(Item("ja-case", "CaseStudy", "ねぶた連携", body: "祭り")),
            Published(Item("en-case", "CaseStudy", "Nebuta partnership", culture: "en", body: "festival")));

        Assert.Equal("/cases/ja-case", Assert.Single(_index.Public("ねぶた").Hits).Url);
        Assert.Equal("/en/cases/en-case", Assert.Single(_index.Public("nebuta", "en").Hits).Url);
    }

    [Fact]
    public void Dates_sort_newest_first_when_asked()
    {
        _index.Add(
            Published(Item("old", "Challenge", "除雪の課題", body: "除雪", fields: new Dictionary<string, object> { ["postedOn"] = "2021-01-10" })),
            Published(Item("new", "Challenge", "除雪の課題 除雪 除雪", body: "除雪 除雪 除雪", fields: new Dictionary<string, object> { ["postedOn"] = "2024-02-01" })),
            Published(Item("mid", "Challenge", "除雪", body: "除雪", fields: new Dictionary<string, object> { ["postedOn"] = "2023-06-23" })));

        var result = _index.Service.Search(new SearchRequest("除雪", SearchScope.Public) { Culture = "ja", Sort = SearchSort.Date });

        Assert.Equal(["new", "mid", "old"], result.Hits.Select(h => h.Id));
        Assert.Equal("2023-06-23", result.Hits[1].Date);
    }

    [Fact]
    public void Pages_split_the_hits_and_the_total_counts_them_all()
    {
        _index.Add(Enumerable.Range(1, 25).Select(i => Published(Item($"c{i}", "Challenge", $"課題{i}", body: "共通の言葉"))).ToArray());

        var second = _index.Service.Search(new SearchRequest("共通", SearchScope.Public) { Culture = "ja", Page = 3, PageSize = 10 });

        Assert.Equal(25, second.Total);
        Assert.Equal(5, second.Hits.Count);
    }

    [Fact]
    public void The_checkpoint_survives_a_restart()
    {
        _index.Add(Published(Item("a", "Challenge", "課題", body: "本文")));
        _index.Add(Published(Item("b", "Challenge", "課題", body: "本文")));
        var root = _index.Root;
        _index.Manager.Dispose();

        using var reopened = new OpenCityAomori.Modules.Search.Indexing.SearchIndexManager(root, Microsoft.Extensions.Logging.Abstractions.NullLogger<OpenCityAomori.Modules.Search.Indexing.SearchIndexManager>.Instance);

        Assert.Equal(2, reopened.Current.Checkpoint);
        Assert.Equal(2, reopened.Current.DocumentCount); // one document per item whose latest version is the published one
    }

    [Fact]
    public void A_new_index_has_no_checkpoint_so_it_gets_rebuilt() => Assert.Null(_index.Manager.Current.Checkpoint);

    [Fact]
    public void A_rebuilt_generation_replaces_the_current_one()
    {
        _index.Add(Published(Item("old", "Challenge", "古い課題", body: "古い")));
        var oldPath = _index.Manager.Current.Path;
        var fresh = _index.Manager.CreateGeneration();
        fresh.Add(Published(Item("new", "Challenge", "新しい課題", body: "新しい")), Types);
        fresh.Commit(42);

        _index.Manager.Swap(fresh);

        Assert.Equal(42, _index.Manager.Current.Checkpoint);
        Assert.Equal(["new"], _index.PublicIds("課題"));
        Assert.False(Directory.Exists(oldPath));
        Assert.Equal(Path.GetFileName(fresh.Path), File.ReadAllText(Path.Combine(_index.Root, "current.txt")));
    }

    public void Dispose() => _index.Dispose();
}
