using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using OpenCityAomori.Modules.Search.Querying;

namespace OpenCityAomori.Benchmarks;

internal static class ProfileFacets
{
    public static void Run()
    {
        var manager = BenchIndex.Open();
        var filters = new FilterCache();
        manager.Search(searcher =>
        {
            foreach (var word in new[] { "除雪", "図書館", "観光" })
            {
                var text = SearchQueryBuilder.BuildText(word, ["ja"], manager.Analyzer)!;
                var query = new FilteredQuery(text, filters.Get(new SearchRequest(word, SearchScope.Public) { Culture = "ja" }));
                var results = new Dictionary<string, List<double>>();
                for (var round = 0; round < 30; round++)
                {
                    foreach (var (name, collector) in new (string, ICollector)[] { ("count", new TotalHitCountCollector()), ("noop", new Noop()), ("facets", new FacetCollector()), ("count-again", new TotalHitCountCollector()) })
                    {
                        var sw = Stopwatch.StartNew();
                        searcher.Search(query, collector);
                        (results.TryGetValue(name, out var l) ? l : results[name] = []).Add(sw.Elapsed.TotalMilliseconds);
                    }
                }

                Console.WriteLine(word + ": " + string.Join(" ", results.Select(r => $"{r.Key}={r.Value.Order().ElementAt(r.Value.Count / 2):0.000}")));
            }

            var leaf = searcher.IndexReader.Leaves[0];
            var docs = Enumerable.Range(0, leaf.AtomicReader.MaxDoc).Where(d => d % 10 == 3).ToArray();
            for (var round = 0; round < 5; round++)
            {
                var fc = new FacetCollector();
                fc.SetNextReader(leaf);
                var sw = Stopwatch.StartNew();
                foreach (var d in docs)
                {
                    fc.Collect(d);
                }

                var tCollect = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var result = fc.Result();
                Console.WriteLine($"direct collect of {docs.Length} docs: {tCollect:0.000} ms, result {sw.Elapsed.TotalMilliseconds:0.000} ms dims={result.Count}");
            }

            var sample = Enumerable.Range(0, 10).Select(i => i * 7919 % leaf.AtomicReader.MaxDoc).ToArray();
            for (var round = 0; round < 2000; round++)
            {
                foreach (var d in sample)
                {
                    searcher.Doc(d);
                }
            }

            foreach (var fields in new[] { new[] { "id" }, new[] { "id", "title_ja", "text_ja", "title_en", "text_en" }, null })
            {
                var times = new List<double>();
                for (var round = 0; round < 200; round++)
                {
                    var sw = Stopwatch.StartNew();
                    foreach (var d in sample)
                    {
                        if (fields is null)
                        {
                            searcher.Doc(d);
                        }
                        else
                        {
                            searcher.Doc(d, new HashSet<string>(fields));
                        }
                    }

                    times.Add(sw.Elapsed.TotalMilliseconds);
                }

                Console.WriteLine($"load 10 docs ({(fields is null ? "all" : string.Join(",", fields))}): {times.Order().ElementAt(times.Count / 2):0.000} ms");
            }

            var reader = searcher.IndexReader.Leaves[0].AtomicReader;
            Console.WriteLine($"segments={searcher.IndexReader.Leaves.Count} same-ordinals={ReferenceEquals(FacetOrdinals.For(reader), FacetOrdinals.For(reader))} values={FacetOrdinals.For(reader).Values.Length} ordinals={FacetOrdinals.For(reader).Ordinals.Length}");
            return 0;
        });
    }

    private sealed class Noop : ICollector
    {
        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
        }

        public void SetScorer(Scorer scorer)
        {
        }
    }
}
