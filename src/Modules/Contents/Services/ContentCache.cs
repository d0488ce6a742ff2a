using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using OpenCityAomori.Core.Content;

namespace OpenCityAomori.Modules.Contents.Services;

/// <summary>
/// The one switch that drops every cached view of content on this node: memory entries built with
/// <see cref="Token"/> and output-cached public pages. Called after each change and when another node's
/// change is noticed (<see cref="ContentChangePoller"/>).
/// </summary>
internal sealed class ContentCache(IOutputCacheStore outputCache) : IDisposable
{
    private CancellationTokenSource _signal = new();

    public IChangeToken Token => new CancellationChangeToken(Volatile.Read(ref _signal).Token);

    public async Task EvictAsync(CancellationToken cancellationToken)
    {
        using (var previous = Interlocked.Exchange(ref _signal, new CancellationTokenSource()))
        {
            await previous.CancelAsync();
        }

        await outputCache.EvictByTagAsync(PublicCache.Tag, cancellationToken);
    }

    public void Dispose() => _signal.Dispose();
}
