using System.Diagnostics;
using Lucene.Net.Analysis.TokenAttributes;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCityAomori.Benchmarks.Corpus;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Indexing;

namespace OpenCityAomori.Benchmarks;

internal static class ProfileIndexing
{
    public static void Run()
    {
        var entries = new CorpusGenerator().Generate(8000).ToList();
        var texts = entries.Select(e => ContentText.Extract(e.Published!, BenchTypes.All[e.Published!.ContentType])).ToList();
        using var analyzer = SearchFields.CreateAnalyzer();
        for (var round = 0; round < 2; round++)
        {
            var sw = Stopwatch.StartNew();
            long n = 0;
            foreach (var t in texts)
            {
                n += CapturedTokens.Capture("text_ja", t).Tokens.Count;
            }

            Console.WriteLine($"capture: {sw.Elapsed.TotalMilliseconds:0} ms tokens={n}");
            sw.Restart();
            n = 0;
            foreach (var t in texts)
            {
                var c = CapturedTokens.Capture("text_ja", t);
                n += Count(c.Bigrams()) + Count(c.NGrams(3)) + Count(c.NGrams(4));
            }

            Console.WriteLine($"capture+3 streams: {sw.Elapsed.TotalMilliseconds:0} ms tokens={n}");
            sw.Restart();
            n = 0;
            foreach (var t in texts)
            {
                n += Count(analyzer.GetTokenStream("text_ja", t));
            }

            Console.WriteLine($"bigram analyzer: {sw.Elapsed.TotalMilliseconds:0} ms tokens={n}");
            sw.Restart();
            foreach (var e in entries)
            {
                foreach (var d in SearchDocumentBuilder.Build(e, BenchTypes.All))
                {
                    n += d.Fields.Count;
                }
            }

            Console.WriteLine($"build documents (lazy streams): {sw.Elapsed.TotalMilliseconds:0} ms");
            var root = Path.Combine(Path.GetTempPath(), "oca-profile-index");
            if (Directory.Exists(root))
            {
                Directory.Delete(root, true);
            }

            using var manager = new SearchIndexManager(root, NullLogger<SearchIndexManager>.Instance);
            var index = manager.Current;
            sw.Restart();
            foreach (var e in entries)
            {
                index.Add(e, BenchTypes.All);
            }

            index.Commit(1);
            Console.WriteLine($"index 8000: {sw.Elapsed.TotalMilliseconds:0} ms");
        }
    }

    private static int Count(Lucene.Net.Analysis.TokenStream stream)
    {
        using (stream)
        {
            var n = 0;
            stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                n++;
            }

            stream.End();
            return n;
        }
    }
}
