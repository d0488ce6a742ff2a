using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenCityAomori.Core.Audit;

namespace OpenCityAomori.Core.Data;

/// <summary>A module's DbContext that the host migrates at start-up, in registration order.</summary>
public sealed record ModuleDbContextRegistration(Type ContextType, string ModuleId);

public static class ModuleDbContextServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's own DbContext on the configured provider, with its own migrations
    /// history table, so modules never share or edit each other's migrations.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string moduleId)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseModuleDatabase(database, moduleId);
            options.AddInterceptors(sp.GetRequiredService<AuditSaveChangesInterceptor>());
        });
        services.AddSingleton(new ModuleDbContextRegistration(typeof(TContext), moduleId));
        return services;
    }

    public static DbContextOptionsBuilder UseModuleDatabase(this DbContextOptionsBuilder options, DatabaseOptions database, string moduleId)
    {
        var historyTable = "__Migrations_" + moduleId;
        var connectionString = database.ConnectionString
            ?? throw new InvalidOperationException("Database:ConnectionString is not set.");
        if (database.Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(connectionString, o => o.MigrationsHistoryTable(historyTable));
        }
        else
        {
            options.UseSqlite(connectionString, o => o.MigrationsHistoryTable(historyTable)).UseSqlitePolicies();
        }

        // Migrations are written by hand, provider-neutral, without model snapshots (see docs/architecture.md).
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return options;
    }

    /// <summary>
    /// What every SQLite context gets: the durability policy (<see cref="SqliteConnectionPolicy"/>) and
    /// one writer at a time per file, queued in process (<see cref="SqliteWriteGate"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseSqlitePolicies(this DbContextOptionsBuilder options)
    {
        options.AddInterceptors(SqliteConnectionPolicy.Instance, SqliteWriteGateInterceptor.Instance);
        options.ReplaceService<IRelationalTransactionFactory, SqliteGatedTransactionFactory>();
        return options;
    }
}
