using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.UnitTests.TestSupport;
using OpenCityAomori.Web.Recipes;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.UnitTests.Recipes;

/// <summary>A site's recipe runs in full once; after that only the steps that bring what they seeded up to date, of enabled modules.</summary>
public sealed class RecipeExecutorTests : IAsyncLifetime
{
    private readonly string recipe = "test-" + Guid.NewGuid().ToString("N");
    private readonly SqliteConnection connection = new("Data Source=:memory:");
    private readonly Probe once = new("once", everyStart: false);
    private readonly Probe always = new("always", everyStart: true);
    private readonly TestFeatures features = new();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(RecipeExecutor.PathOf(recipe))!);
        await File.WriteAllTextAsync(RecipeExecutor.PathOf(recipe), """{"steps":[{"name":"once"},{"name":"gone"},{"name":"always"}]}""");
        await connection.OpenAsync();
        await using var db = Db();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await connection.DisposeAsync();
        Directory.Delete(Path.GetDirectoryName(RecipeExecutor.PathOf(recipe))!, recursive: true);
    }

    [Fact]
    public async Task The_first_start_runs_every_step_and_later_starts_only_those_that_run_at_every_start()
    {
        // "gone" names a step no module provides: the first run refuses it, later runs skip it.
        await Assert.ThrowsAsync<InvalidOperationException>(() => RunOnceAsync());
        await File.WriteAllTextAsync(RecipeExecutor.PathOf(recipe), """{"steps":[{"name":"once"},{"name":"always"}]}""");
        once.Runs = always.Runs = 0;

        Assert.True(await RunOnceAsync());
        Assert.Equal((1, 1), (once.Runs, always.Runs));

        await File.WriteAllTextAsync(RecipeExecutor.PathOf(recipe), """{"steps":[{"name":"once"},{"name":"gone"},{"name":"always"}]}""");
        Assert.False(await RunOnceAsync());
        Assert.Equal((1, 2), (once.Runs, always.Runs));

        features.Disable(typeof(Probe).Assembly);
        Assert.False(await RunOnceAsync());
        Assert.Equal((1, 2), (once.Runs, always.Runs));
    }

    private async Task<bool> RunOnceAsync()
    {
        await using var db = Db();
        var executor = new RecipeExecutor([once, always], db, features, TimeProvider.System, NullLogger<RecipeExecutor>.Instance);
        return await executor.RunOnceAsync(recipe, CancellationToken.None);
    }

    private ShellDbContext Db() => new(new DbContextOptionsBuilder<ShellDbContext>().UseSqlite(connection).Options);

    private sealed class Probe(string name, bool everyStart) : IRecipeStep
    {
        public int Runs { get; set; }

        public string Name => name;

        public bool RunsAtEveryStart => everyStart;

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            Runs++;
            return Task.CompletedTask;
        }
    }
}
