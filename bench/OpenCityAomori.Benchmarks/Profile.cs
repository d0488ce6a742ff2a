using System.Diagnostics;
using Lucene.Net.Search;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Benchmarks;

internal static class Profile
{
    public static void Run()
    {
        var manager = BenchIndex.Open();
        string[] words = ["実証実験", "観光", "子育て", "除雪", "AIカメラ", "ねぶた", "アップサイクル", "図書館", "ネーミングライツ", "防災", "りんご", "ドローン", "オープンデータ", "祭り", "リサイクル", "公民連携"];
        var filters = new FilterCache();
        manager.Search(searcher =>
        {
            foreach (var round in new[] { 1, 2, 3 })
            {
                foreach (var word in words)
                {
                    var text = SearchQueryBuilder.BuildText(word, ["ja"], manager.Analyzer)!;
                    var query = new FilteredQuery(text, filters.Get(new SearchRequest(word, SearchScope.Public) { Culture = "ja" }));
                    var sw = Stopwatch.StartNew();
                    var count = new TotalHitCountCollector();
                    searcher.Search(query, count);
                    var tCount = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var facets = new FacetCollector();
                    searcher.Search(query, facets);
                    var tFacets = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var top = TopScoreDocCollector.Create(10, false);
                    searcher.Search(query, top);
                    var docs = top.GetTopDocs();
                    var tTop = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var snippets = new SnippetHighlighter([word], manager.Analyzer);
                    foreach (var d in docs.ScoreDocs)
                    {
                        var doc = searcher.Doc(d.Doc);
                        snippets.Snippet(doc.Get(SearchFields.Text("ja")), "ja");
                        snippets.Whole(doc.Get(SearchFields.Title("ja")), "ja");
                    }

                    var tHighlight = sw.Elapsed.TotalMilliseconds;
                    if (round == 3)
                    {
                        Console.WriteLine($"{word,-12} hits={count.TotalHits,6} count={tCount,6:0.00} facets={tFacets,6:0.00} top={tTop,6:0.00} highlight={tHighlight,6:0.00}");
                    }
                }
            }

            return 0;
        });
    }
}
