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
        string[] words =
        [
            "実証実験", "観光", "子育て", "除雪", "AIカメラ", "ねぶた", "アップサイクル", "図書館", "ネーミングライツ", "防災", "りんご", "ドローン", "オープンデータ", "祭り", "リサイクル", "公民連携",
            "青森市 実証実験", "観光 DX", "除雪 センサー", "子育て 支援", "ねぶた 祭り", "公園 指定管理者制度", "図書館 イベント", "脱炭素 再生可能エネルギー", "空き家 移住", "ｱｯﾌﾟｻｲｸﾙ 廃材",
        ];
        var filters = new FilterCache();
        var service = new SearchService(manager);
        manager.Search(searcher =>
        {
            var samples = words.ToDictionary(w => w, _ => new List<double[]>());
            for (var round = 0; round < 41; round++)
            {
                foreach (var word in words)
                {
                    var sw = Stopwatch.StartNew();
                    var text = SearchQueryBuilder.BuildText(word, ["ja"], manager.Analyzer)!;
                    var tBuild = sw.Elapsed.TotalMilliseconds;
                    var query = new FilteredQuery(text, filters.Get(new SearchRequest(word, SearchScope.Public) { Culture = "ja" }));
                    sw.Restart();
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
                    var loaded = docs.ScoreDocs.Select(d => SearchService.Record(searcher.IndexReader, d.Doc)).ToList();
                    var tLoad = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    var snippets = new SnippetHighlighter(SearchQueryBuilder.Words(word), manager.Analyzer);
                    foreach (var doc in loaded)
                    {
                        snippets.Snippet(doc.Text, "ja");
                        snippets.Whole(doc.Title, "ja");
                    }

                    var tHighlight = sw.Elapsed.TotalMilliseconds;
                    sw.Restart();
                    _ = service.Execute(searcher, new SearchRequest(word, SearchScope.Public) { Culture = "ja" }, manager.Analyzer);
                    var tAll = sw.Elapsed.TotalMilliseconds;
                    if (round > 0)
                    {
                        samples[word].Add([count.TotalHits, tCount, tFacets, tTop, tHighlight, tAll, tBuild, tLoad]);
                    }
                }
            }

            foreach (var (word, list) in samples)
            {
                double Median(int i) => list.Select(x => x[i]).Order().ElementAt(list.Count / 2);
                Console.WriteLine($"{word,-10} hits={Median(0),6} build={Median(6),5:0.00} count={Median(1),5:0.00} facets={Median(2),5:0.00} top={Median(3),5:0.00} load={Median(7),5:0.00} snippets={Median(4),5:0.00} all={Median(5),5:0.00}");
            }

            return 0;
        });
    }
}
