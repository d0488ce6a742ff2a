using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenCityAomori.Modules.Search.Analysis;
using OpenCityAomori.Modules.Search.Services;

namespace OpenCityAomori.Modules.Search.Indexing;

/// <summary>
/// This node's index: a folder holding index generations (one per full rebuild) and a pointer file naming
/// the current one. A rebuild fills a fresh generation and swaps it in; the old one is then deleted.
/// </summary>
internal sealed class SearchIndexManager : IDisposable
{
    private const string PointerFile = "current.txt";
    private readonly Lock _openLock = new();
    private readonly ILogger<SearchIndexManager> _logger;
    private SearchIndex? _current;
    private bool _disposed;

    public SearchIndexManager(IOptions<SearchOptions> options, ILogger<SearchIndexManager> logger)
        : this(options.Value.IndexPath ?? throw new InvalidOperationException("Search:IndexPath is not set."), logger)
    {
    }

    public SearchIndexManager(string root, ILogger<SearchIndexManager> logger)
    {
        Root = root;
        _logger = logger;
    }

    public string Root { get; }

    public Analyzer Analyzer { get; } = SearchFields.CreateAnalyzer();

    /// <summary>Held while changing the current index (applying tasks, swapping in a rebuild).</summary>
    public SemaphoreSlim WriteLock { get; } = new(1, 1);

    public SearchIndex Current
    {
        get
        {
            if (_current is { } current)
            {
                return current;
            }

            lock (_openLock)
            {
                return _current ??= OpenCurrent();
            }
        }
    }

    /// <summary>A new, empty generation for a rebuild.</summary>
    public SearchIndex CreateGeneration()
    {
        var name = "index-" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        return SearchIndex.Open(Path.Combine(Root, name), Analyzer);
    }

    /// <summary>Makes <paramref name="fresh"/> current (call under <see cref="WriteLock"/>) and deletes the old generation.</summary>
    public void Swap(SearchIndex fresh)
    {
        var pointer = Path.Combine(Root, PointerFile);
        File.WriteAllText(pointer + ".tmp", Path.GetFileName(fresh.Path));
        File.Move(pointer + ".tmp", pointer, overwrite: true);
        var old = Interlocked.Exchange(ref _current, fresh);
        if (old is not null)
        {
            old.Dispose();
            Delete(old.Path);
        }
    }

    public void Discard(SearchIndex generation)
    {
        generation.Dispose();
        Delete(generation.Path);
    }

    /// <summary>Runs <paramref name="search"/> on a searcher of the current index, released afterwards.</summary>
    public T Search<T>(Func<IndexSearcher, T> search)
    {
        for (var attempt = 0; ; attempt++)
        {
            var index = Current;
            IndexSearcher searcher;
            try
            {
                searcher = index.Searchers.Acquire();
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue; // swapped out by a rebuild between reading Current and acquiring
            }

            try
            {
                return search(searcher);
            }
            finally
            {
                index.Searchers.Release(searcher);
            }
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _current?.Dispose();
        Analyzer.Dispose();
        WriteLock.Dispose();
    }

    private SearchIndex OpenCurrent()
    {
        Directory.CreateDirectory(Root);
        var pointer = Path.Combine(Root, PointerFile);
        var name = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : null;
        foreach (var stale in Directory.EnumerateDirectories(Root).Where(d => Path.GetFileName(d) != name))
        {
            Delete(stale); // a rebuild that never finished
        }

        if (name is { Length: > 0 } && Directory.Exists(Path.Combine(Root, name)))
        {
            return SearchIndex.Open(Path.Combine(Root, name), Analyzer);
        }

        var fresh = CreateGeneration();
        File.WriteAllText(pointer, Path.GetFileName(fresh.Path));
        return fresh;
    }

    private void Delete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException ex)
        {
            _logger.LogWarning(ex, "Could not delete the old search index {Path}", path);
        }
        catch (UnauthorizedAccessException ex)
        {
            _logger.LogWarning(ex, "Could not delete the old search index {Path}", path);
        }
    }
}
