using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using OpenCityAomori.Core.Content;
using OpenCityAomori.Modules.Search.Analysis;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// One index directory with its writer and near-real-time searchers. The checkpoint (last indexing task
/// applied) travels in the commit's user data, so the index and its checkpoint are saved together.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const string CheckpointKey = "checkpoint";
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private bool _disposed;

    private SearchIndex(string path, LuceneDirectory directory, IndexWriter writer, long? checkpoint)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        Checkpoint = checkpoint;
        Searchers = new SearcherManager(writer, true, new Bm25SearcherFactory());
    }

    public string Path { get; }

    /// <summary>Last indexing task reflected in the index; null for a new index that was never filled.</summary>
    public long? Checkpoint { get; private set; }

    public SearcherManager Searchers { get; }

    public static SearchIndex Open(string path, Analyzer analyzer)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        long? checkpoint = null;
        if (DirectoryReader.IndexExists(directory))
        {
            var last = DirectoryReader.ListCommits(directory)[^1];
            if (last.UserData.TryGetValue(CheckpointKey, out var value) && long.TryParse(value, CultureInfo.InvariantCulture, out var parsed))
            {
                checkpoint = parsed;
            }
        }

        var config = new IndexWriterConfig(SearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        return new SearchIndex(path, directory, new IndexWriter(directory, config), checkpoint);
    }

    /// <summary>Replaces every document of the given items by their current state (none for deleted items).</summary>
    public void Apply(IEnumerable<string> contentItemIds, IReadOnlyList<ContentIndexEntry> entries, IReadOnlyDictionary<string, ContentTypeDefinition> types)
    {
        var byId = entries.ToDictionary(e => e.ContentItemId, StringComparer.Ordinal);
        foreach (var id in contentItemIds)
        {
            _writer.DeleteDocuments(new Term(SearchFields.Id, id));
            if (byId.TryGetValue(id, out var entry))
            {
                Add(entry, types);
            }
        }
    }

    /// <summary>Adds an item to an index being built (no delete: the index starts empty).</summary>
    public void Add(ContentIndexEntry entry, IReadOnlyDictionary<string, ContentTypeDefinition> types)
    {
        foreach (var document in SearchDocumentBuilder.Build(entry, types))
        {
            _writer.AddDocument(document);
        }
    }

    /// <summary>Saves the changes with the checkpoint they bring the index to, then makes them searchable.</summary>
    public void Commit(long checkpoint)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [CheckpointKey] = checkpoint.ToString(CultureInfo.InvariantCulture) });
        _writer.Commit();
        Checkpoint = checkpoint;
        Searchers.MaybeRefreshBlocking();
    }

    /// <summary>Merges a freshly built index down to one segment, the fastest shape to search.</summary>
    public void Optimize() => _writer.ForceMerge(1);

    /// <summary>Searchable documents (the writer's own count includes buffered additions but not buffered deletions).</summary>
    public int DocumentCount
    {
        get
        {
            var searcher = Searchers.Acquire();
            try
            {
                return searcher.IndexReader.NumDocs;
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
    }

    public long SizeOnDisk() =>
        new DirectoryInfo(Path).EnumerateFiles().Where(f => f.Name != "write.lock").Sum(f => f.Length);

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
