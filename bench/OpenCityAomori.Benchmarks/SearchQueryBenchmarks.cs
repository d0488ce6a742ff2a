using BenchmarkDotNet.Attributes;
using OpenCityAomori.Modules.Search.Indexing;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Benchmarks;

/// <summary>
/// Latency of one public search (hits of a page of 10 with snippets, total, facet counts) over the
/// 100,000-item index. Each invocation is one query, rotating through words of different frequencies.
/// </summary>
public class SearchQueryBenchmarks
{
    // Domain words from common (in most items) to rare, as people type them.
    private static readonly string[] SingleWords =
        ["実証実験", "観光", "子育て", "除雪", "AIカメラ", "ねぶた", "アップサイクル", "図書館", "ネーミングライツ", "防災", "りんご", "ドローン", "オープンデータ", "祭り", "リサイクル", "公民連携"];

    private static readonly string[] TwoWordQueries =
        ["青森市 実証実験", "観光 DX", "除雪 センサー", "子育て 支援", "ねぶた 祭り", "公園 指定管理者制度", "図書館 イベント", "脱炭素 再生可能エネルギー", "空き家 移住", "ｱｯﾌﾟｻｲｸﾙ 廃材"];

    private static readonly string[] EnglishWords =
        ["experiments", "tourism", "snow", "library", "festival", "drones", "partnership", "recycling"];

    private static readonly Dictionary<string, IReadOnlyList<string>> Facets = new()
    {
        ["type"] = ["CaseStudy"],
        ["scheme"] = ["pilot"],
        ["year"] = ["2023", "2024"],
    };

    private SearchService _search = null!;
    private int _next;

    private static bool _warm;

    [GlobalSetup]
    public void Setup()
    {
        _search = new SearchService(BenchIndex.Open());
        if (!_warm)
        {
            // A running server has compiled its hot paths (tiered JIT) long before; so does this process.
            for (var i = 0; i < 40 * SingleWords.Length; i++)
            {
                SingleWord();
                TwoWords();
                FacetFiltered();
                EnglishWord();
                SortedByDate();
            }

            _warm = true;
        }

        _next = 0;
    }

    [Benchmark(Description = "single word (ja)")]
    public int SingleWord() => Run(new SearchRequest(Next(SingleWords), SearchScope.Public) { Culture = "ja" });

    [Benchmark(Description = "two words (ja)")]
    public int TwoWords() => Run(new SearchRequest(Next(TwoWordQueries), SearchScope.Public) { Culture = "ja" });

    [Benchmark(Description = "word + facet filters (type, scheme, 2 years)")]
    public int FacetFiltered() => Run(new SearchRequest(Next(SingleWords), SearchScope.Public) { Culture = "ja", Filters = Facets });

    [Benchmark(Description = "single word (en, stemmed)")]
    public int EnglishWord() => Run(new SearchRequest(Next(EnglishWords), SearchScope.Public) { Culture = "en" });

    [Benchmark(Description = "single word, sorted by date, page 3")]
    public int SortedByDate() => Run(new SearchRequest(Next(SingleWords), SearchScope.Public) { Culture = "ja", Sort = SearchSort.Date, Page = 3 });

    private string Next(string[] queries) => queries[_next++ % queries.Length];

    private int Run(SearchRequest request)
    {
        var result = _search.Search(request);
        return result.Total + result.Hits.Count + result.Facets.Count;
    }
}
