using System.Reflection;
using Microsoft.EntityFrameworkCore;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Web.Shell;

/// <summary>
/// Keeps which modules are enabled. The state lives in the database and is cached in memory;
/// the cache is refreshed in the background so that several nodes converge within seconds.
/// </summary>
internal sealed class FeatureManager(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FeatureManager> logger) : IFeatureManager
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);
    private readonly FeatureGraph _graph = new(ModuleCatalog.All.Select(m => m.Manifest));
    private readonly Dictionary<Assembly, string> _assemblies = ModuleCatalog.All.ToDictionary(m => m.GetType().Assembly, m => m.Manifest.Id);
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private volatile IReadOnlyDictionary<string, bool> _states = new Dictionary<string, bool>();
    private long _loadedTicks;
    private int _refreshing;

    public IReadOnlyList<FeatureState> GetFeatures()
    {
        var states = Current();
        return _graph.Manifests
            .OrderBy(m => m.Category, StringComparer.Ordinal).ThenBy(m => m.Id, StringComparer.Ordinal)
            .Select(m => new FeatureState(m, states.GetValueOrDefault(m.Id, true), _graph.DependantsOf(m.Id).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public bool IsEnabled(string moduleId) => Current().GetValueOrDefault(moduleId, true);

    public bool IsEnabled(Assembly assembly) => ModuleIdOf(assembly) is not { } id || IsEnabled(id);

    public string? ModuleIdOf(Assembly assembly) => _assemblies.GetValueOrDefault(assembly);

    public Task<IReadOnlyList<string>> EnableAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var targets = _graph.DependenciesOf(moduleId).Append(moduleId);
        return SetAsync(targets, true, cancellationToken);
    }

    public Task<IReadOnlyList<string>> DisableAsync(string moduleId, CancellationToken cancellationToken = default)
    {
        var targets = _graph.DependantsOf(moduleId).Append(moduleId).ToList();
        var locked = targets.Where(id => _graph.Get(id).AlwaysEnabled).ToList();
        if (locked.Count > 0)
        {
            throw new FeatureLockedException(locked);
        }

        return SetAsync(targets, false, cancellationToken);
    }

    /// <summary>Loads the stored state and repairs it (a module whose dependency is off is turned off).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
        var stored = await db.Features.AsNoTracking().ToDictionaryAsync(f => f.ModuleId, f => f.Enabled, cancellationToken);
        _states = _graph.Repair(stored);
        Interlocked.Exchange(ref _loadedTicks, clock.GetUtcNow().UtcTicks);
    }

    private IReadOnlyDictionary<string, bool> Current()
    {
        var age = clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _loadedTicks);
        if (age > RefreshInterval.Ticks && Interlocked.CompareExchange(ref _refreshing, 1, 0) == 0)
        {
            _ = Task.Run(RefreshInBackgroundAsync);
        }

        return _states;
    }

    private async Task RefreshInBackgroundAsync()
    {
        try
        {
            await LoadAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogWarning(ex, "Could not refresh the enabled modules; keeping the last known state.");
        }
        finally
        {
            Interlocked.Exchange(ref _refreshing, 0);
        }
    }

    private async Task<IReadOnlyList<string>> SetAsync(IEnumerable<string> moduleIds, bool enabled, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await LoadAsync(cancellationToken);
            var changed = moduleIds.Distinct().Where(id => IsEnabled(id) != enabled).ToList();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ShellDbContext>();
            foreach (var id in changed)
            {
                var record = await db.Features.FindAsync([id], cancellationToken);
                if (record is null)
                {
                    db.Features.Add(new FeatureRecord { ModuleId = id, Enabled = enabled, ChangedUtc = clock.GetUtcNow().UtcDateTime });
                }
                else
                {
                    record.Enabled = enabled;
                    record.ChangedUtc = clock.GetUtcNow().UtcDateTime;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            await LoadAsync(cancellationToken);
            return changed;
        }
        finally
        {
            _writeLock.Release();
        }
    }
}
