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
                for (var round = 0; round < 400; round++)
                {
                    foreach (var (name, collector) in new (string, ICollector)[] { ("count", new TotalHitCountCollector()), ("noop", new Noop()), ("facets", new FacetCollector()), ("ordinals", new OrdinalsOnly()), ("count-again", new TotalHitCountCollector()) })
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
            var times = new List<double>();
            for (var round = 0; round < 2000; round++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var d in sample)
                {
                    SearchService.Record(searcher.IndexReader, d);
                }

                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"load 10 result records: {times.Order().ElementAt(times.Count / 2):0.000} ms");
            var values = leaf.AtomicReader.GetBinaryDocValues(OpenCityAomori.Modules.Search.Analysis.SearchFields.Record);
            var raw = sample.Select(d => { var b = new Lucene.Net.Util.BytesRef(); values.Get(d, b); return b.Bytes.AsSpan(b.Offset, b.Length).ToArray(); }).ToList();
            times.Clear();
            var getTimes = new List<double>();
            for (var round = 0; round < 2000; round++)
            {
                var sw = Stopwatch.StartNew();
                foreach (var d in sample)
                {
                    values.Get(d, new Lucene.Net.Util.BytesRef());
                }

                getTimes.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                foreach (var r in raw)
                {
                    OpenCityAomori.Modules.Search.Indexing.HitRecord.Decode(r);
                }

                times.Add(sw.Elapsed.TotalMilliseconds);
            }

            Console.WriteLine($"  of which doc-value reads {getTimes.Order().ElementAt(getTimes.Count / 2):0.000} ms, decoding {times.Order().ElementAt(times.Count / 2):0.000} ms, bytes {raw.Sum(r => r.Length)}");
            var reader = searcher.IndexReader.Leaves[0].AtomicReader;
            Console.WriteLine($"segments={searcher.IndexReader.Leaves.Count} same-sets={ReferenceEquals(FacetBitSets.For(reader), FacetBitSets.For(reader))} values={FacetBitSets.For(reader).Count} dense={FacetBitSets.For(reader).Dense.Count(d => d is not null)}");
            return 0;
        });
    }

    private sealed class OrdinalsOnly : ICollector
    {
        private FacetBitSets? _segment;
        private long _sum;

        public bool AcceptsDocsOutOfOrder => true;

        public void Collect(int doc) => _sum += doc;

        public void SetNextReader(AtomicReaderContext context) => _segment = FacetBitSets.For(context.AtomicReader);

        public void SetScorer(Scorer scorer)
        {
        }
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
