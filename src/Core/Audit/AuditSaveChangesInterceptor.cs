using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;

namespace OpenCityAomori.Core.Audit;

/// <summary>
/// Writes every change to an <see cref="IAuditable"/> entity to the audit trail, with the values
/// before and after, so no module can forget to audit an admin change. The records are written in
/// the saving context's transaction (published as the ambient one while they are written; begun here
/// when the save has none), so a change and its audit rows commit or roll back together. The category
/// is the id of the module that owns the context.
/// </summary>
public sealed class AuditSaveChangesInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    /// <summary>The host's own contexts (features, recipe runs) belong to no module; their history table says "Shell" too.</summary>
    public const string HostCategory = "Shell";

    private static readonly HashSet<string> AlwaysHidden =
        new(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp", "ConcurrencyStamp" };

    // Read by reflection once per property, not on every save.
    private static readonly ConcurrentDictionary<PropertyInfo, bool> NotAudited = new();

    private List<PendingAudit>? _pending;
    private IDbContextTransaction? _ownTransaction;

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Capture(eventData.Context) is { } context)
        {
            _ownTransaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Capture(eventData.Context) is { } context)
        {
            _ownTransaction = context.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        var own = TakeOwnTransaction();
        try
        {
            await FlushAsync(eventData.Context, cancellationToken).ConfigureAwait(false);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        using var own = TakeOwnTransaction();
        FlushAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        own?.Commit();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon();
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon();

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon();
        return Task.CompletedTask;
    }

    /// <summary>Notes the audited changes; returns the context when the save needs a transaction of its own for them.</summary>
    private DbContext? Capture(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }

        _pending = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAuditable && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new PendingAudit(e, e.State, e.State == EntityState.Added ? null : Serialize(e, original: true)))
            .Where(p => p.State != EntityState.Modified || p.Entry.Properties.Any(x => x.IsModified && IsVisible(x)))
            .ToList();
        return _pending.Count > 0 && context.Database.CurrentTransaction is null ? context : null;
    }

    private IDbContextTransaction? TakeOwnTransaction()
    {
        var own = _ownTransaction;
        _ownTransaction = null;
        return own;
    }

    /// <summary>Disposing the transaction begun for the save rolls it back.</summary>
    private void Abandon()
    {
        _pending = null;
        TakeOwnTransaction()?.Dispose();
    }

    private async Task FlushAsync(DbContext? context, CancellationToken cancellationToken)
    {
        var pending = _pending;
        _pending = null;
        if (context?.Database.CurrentTransaction is not { } transaction || pending is null || pending.Count == 0)
        {
            return;
        }

        var trail = services.GetRequiredService<IAuditTrail>();
        var category = services.GetRequiredService<IModuleOwnership>().ModuleIdOf(context.GetType().Assembly) ?? HostCategory;
        using var joined = services.GetRequiredService<AmbientTransaction>().Use(transaction);
        foreach (var item in pending)
        {
            var action = item.State switch
            {
                EntityState.Added => "Created",
                EntityState.Deleted => "Deleted",
                _ => "Updated",
            };
            var after = item.State == EntityState.Deleted ? null : Serialize(item.Entry, original: false);
            var key = string.Join(",", item.Entry.Metadata.FindPrimaryKey()!.Properties
                .Select(p => Convert.ToString(item.Entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
            await trail.RecordAsync(
                new AuditRecord(category, action, item.Entry.Metadata.ClrType.Name, key, item.Before, after),
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static string Serialize(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(IsVisible))
        {
            values[property.Metadata.Name] = original ? property.OriginalValue : property.CurrentValue;
        }

        return JsonSerializer.Serialize(values);
    }

    private static bool IsVisible(PropertyEntry property) =>
        !AlwaysHidden.Contains(property.Metadata.Name)
        && (property.Metadata.PropertyInfo is not { } info || !NotAudited.GetOrAdd(info, p => p.GetCustomAttribute<NotAuditedAttribute>() is not null));

    private sealed record PendingAudit(EntityEntry Entry, EntityState State, string? Before);
}
