using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace OpenCityAomori.Core.Audit;

/// <summary>
/// Writes every change to an <see cref="IAuditable"/> entity to the audit trail, with the values
/// before and after, so no module can forget to audit an admin change.
/// </summary>
public sealed class AuditSaveChangesInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    private static readonly HashSet<string> AlwaysHidden =
        new(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp", "ConcurrencyStamp" };

    private List<PendingAudit>? _pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushAsync(eventData.Context, cancellationToken).ConfigureAwait(false);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => _pending = null;

    private void Capture(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        _pending = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAuditable && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => new PendingAudit(e, e.State, e.State == EntityState.Added ? null : Serialize(e, original: true)))
            .Where(p => p.State != EntityState.Modified || p.Entry.Properties.Any(x => x.IsModified && IsVisible(x)))
            .ToList();
    }

    private async Task FlushAsync(DbContext? context, CancellationToken cancellationToken)
    {
        var pending = _pending;
        _pending = null;
        if (context is null || pending is null || pending.Count == 0)
        {
            return;
        }

        var trail = services.GetRequiredService<IAuditTrail>();
        var category = context.GetType().Name.Replace("DbContext", string.Empty, StringComparison.Ordinal);
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
        && property.Metadata.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is null;

    private sealed record PendingAudit(EntityEntry Entry, EntityState State, string? Before);
}
