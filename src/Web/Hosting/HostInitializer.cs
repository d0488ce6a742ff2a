using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenCityAomori.Core.Data;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Web.Recipes;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.Web.Hosting;

/// <summary>
/// Brings the database up to date at start-up: every module's migrations, then the modules'
/// start-up tasks, then the site recipe: in full the first time, afterwards only its steps that bring what
/// they seeded up to date (<see cref="Core.Recipes.IRecipeStep.RunsAtEveryStart"/>). Under PostgreSQL the whole sequence holds
/// an advisory lock, so several nodes starting together do it once.
/// </summary>
internal sealed class HostInitializer(
    IServiceProvider services,
    IEnumerable<ModuleDbContextRegistration> contexts,
    IEnumerable<IStartupTask> startupTasks,
    FeatureManager features,
    RecipeExecutor recipes,
    IOptions<DatabaseOptions> database,
    IConfiguration configuration,
    ILogger<HostInitializer> logger)
{
    private const long AdvisoryLockKey = 0x0CA_2026;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var lockConnection = await AcquireLockAsync(cancellationToken);
        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            await services.GetRequiredService<ShellDbContext>().Database.ExecuteSqlRawAsync(SqliteConnectionPolicy.JournalMode, cancellationToken);
        }

        foreach (var registration in contexts)
        {
            var db = (DbContext)services.GetRequiredService(registration.ContextType);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) of {Module}", pending.Count, registration.ModuleId);
                await db.Database.MigrateAsync(cancellationToken);
            }
        }

        await features.LoadAsync(cancellationToken);
        foreach (var task in startupTasks.Where(t => features.IsEnabled(t.GetType().Assembly)).OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }

        var recipe = configuration["Setup:Recipe"] ?? "aomori";
        if (recipe.Length > 0 && await recipes.RunOnceAsync(recipe, cancellationToken))
        {
            logger.LogInformation("Site set up with recipe {Recipe}", recipe);
        }
    }

    private async Task<NpgsqlConnection?> AcquireLockAsync(CancellationToken cancellationToken)
    {
        if (database.Value.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        var connection = new NpgsqlConnection(database.Value.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
        command.Parameters.AddWithValue("key", AdvisoryLockKey);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
