using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Search;
using OpenCityAomori.Core.Localization;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Indexing;

namespace OpenCityAomori.Modules.Search.Querying;

/// <summary>Runs searches on the current index: hits of one page with snippets, total and facet counts.</summary>
internal sealed class SearchService(SearchIndexManager indexes)
{
    private readonly FilterCache _filters = new();

    /// <summary>Deepest result reachable by paging.</summary>
    public const int MaxResultWindow = 1000;

    public SearchResult Search(SearchRequest request) => indexes.Search(s => Execute(s, request, indexes.Analyzer));

    internal SearchResult Execute(IndexSearcher searcher, SearchRequest request, Analyzer analyzer)
    {
        var cultures = request.Culture is { } culture ? [culture] : Cultures.Supported;
        var text = SearchQueryBuilder.BuildText(request.Text, cultures, analyzer);
        if (text is null)
        {
            return SearchResult.Empty;
        }

        var query = new FilteredQuery(text, _filters.Get(request));
        var pageSize = Math.Clamp(request.PageSize, 1, 100);
        var offset = (Math.Max(1, request.Page) - 1) * pageSize;
        var window = Math.Clamp(offset + pageSize, 1, MaxResultWindow);
        ITopDocsCollector top = request.Sort == SearchSort.Date
            ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.Date, SortFieldType.INT64, true), SortField.FIELD_SCORE), window, false, false, false, false)
            : TopScoreDocCollector.Create(window, false);
        var facets = new FacetCollector();
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs(offset, pageSize);

        var snippets = new SnippetHighlighter(SearchQueryBuilder.Words(request.Text), analyzer);
        var hits = docs.ScoreDocs.Select(d => ToHit(searcher.Doc(d.Doc), snippets)).ToList();
        return new SearchResult(docs.TotalHits, hits, facets.Result(), true);
    }

    private static SearchHit ToHit(Document doc, SnippetHighlighter snippets)
    {
        var culture = doc.Get(SearchFields.Culture);
        var title = doc.Get(SearchFields.Title(culture)) ?? string.Empty;
        var snippetHtml = snippets.Snippet(doc.Get(SearchFields.Text(culture)) ?? string.Empty, culture);
        var published = doc.GetField(SearchFields.PublishedUtc)?.GetInt64Value();
        return new SearchHit(
            doc.Get(SearchFields.Id),
            doc.Get(SearchFields.Type),
            culture,
            title,
            snippets.Whole(title, culture),
            doc.Get(SearchFields.Url),
            SnippetHighlighter.ToPlainText(snippetHtml),
            snippetHtml,
            published is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null,
            new DateTime(doc.GetField(SearchFields.ModifiedUtc)?.GetInt64Value() ?? 0, DateTimeKind.Utc),
            doc.Get(SearchFields.DateText) ?? string.Empty,
            doc.Get(SearchFields.Status) ?? string.Empty,
            doc.GetField(SearchFields.HasPublished)?.GetInt32Value() == 1,
            doc.GetField(SearchFields.VersionId)?.GetInt64Value() ?? 0);
    }
}
