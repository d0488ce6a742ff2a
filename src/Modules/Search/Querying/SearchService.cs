using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
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

    /// <summary>Newest first; items of the same day in index order (no scores needed, which is faster).</summary>
    private static readonly Sort ByDate = new(new SortField(SearchFields.Date, SortFieldType.INT64, true));

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
            ? TopFieldCollector.Create(ByDate, window, false, false, false, false)
            : TopScoreDocCollector.Create(window, false);
        var facets = new FacetCollector();
        searcher.Search(query, MultiCollector.Wrap(top, facets));
        var docs = top.GetTopDocs(offset, pageSize);

        var snippets = new SnippetHighlighter(SearchQueryBuilder.Words(request.Text), analyzer);
        var hits = docs.ScoreDocs.Select(d => ToHit(Record(searcher.IndexReader, d.Doc), snippets)).ToList();
        return new SearchResult(docs.TotalHits, hits, facets.Result(), true);
    }

    internal static HitRecord Record(IndexReader reader, int doc)
    {
        var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
        var values = leaf.AtomicReader.GetBinaryDocValues(SearchFields.Record)
            ?? throw new InvalidOperationException("The search index has no result records; rebuild it.");
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        return HitRecord.Decode(bytes.Bytes.AsSpan(bytes.Offset, bytes.Length));
    }

    private static SearchHit ToHit(HitRecord record, SnippetHighlighter snippets)
    {
        var snippetHtml = snippets.Snippet(record.Text, record.Culture);
        return new SearchHit(
            record.Id,
            record.Type,
            record.Culture,
            record.Title,
            snippets.Whole(record.Title, record.Culture),
            record.Url,
            SnippetHighlighter.ToPlainText(snippetHtml),
            snippetHtml,
            record.PublishedUtc,
            record.ModifiedUtc,
            record.Date,
            record.Status,
            record.HasPublished,
            record.VersionId);
    }
}
