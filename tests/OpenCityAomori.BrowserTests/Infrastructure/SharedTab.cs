using Microsoft.Playwright;

namespace OpenCityAomori.BrowserTests.Infrastructure;

/// <summary>
/// A tab kept open for checks that only look at pages (axe over a list of URLs). Each new context
/// and tab starts a new Chromium renderer, and a fresh renderer runs axe cold: measured here, a page
/// checked in a new tab cost about 2 core-seconds, the same page in a kept tab about 0.6. A test
/// holds the tab alone until it disposes its <see cref="TabLease"/>.
/// </summary>
internal sealed class SharedTab(Func<Task<IPage>> open) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPage? _page;

    public async Task<TabLease> LeaseAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_page is null || _page.IsClosed)
            {
                _page = await open();
            }

            return new TabLease(_page, _gate);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.Context.CloseAsync();
        }

        _gate.Dispose();
    }
}

/// <summary>The shared tab, held by one test until disposed.</summary>
public sealed class TabLease : IDisposable
{
    private readonly SemaphoreSlim _gate;
    private bool _released;

    internal TabLease(IPage page, SemaphoreSlim gate)
    {
        Page = page;
        _gate = gate;
    }

    public IPage Page { get; }

    public void Dispose()
    {
        if (!_released)
        {
            _released = true;
            _gate.Release();
        }
    }
}
