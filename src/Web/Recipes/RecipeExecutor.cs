using System.Text.Json;
using OpenCityAomori.Core.Modules;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.Web.Recipes;

/// <summary>Runs a JSON recipe: each step is handed to the module step with the same name.</summary>
internal sealed class RecipeExecutor(IEnumerable<IRecipeStep> steps, ShellDbContext db, IFeatureManager features, TimeProvider clock, ILogger<RecipeExecutor> logger)
{
    public static string RecipesRoot => Path.Combine(AppContext.BaseDirectory, "Recipes");

    public static string PathOf(string recipeName) => Path.Combine(RecipesRoot, recipeName, "recipe.json");

    /// <summary>
    /// Runs the recipe unless it already ran on this database; then only its steps that run at every start
    /// (of enabled modules), which bring what they seeded up to date. True when the recipe ran in full.
    /// </summary>
    public async Task<bool> RunOnceAsync(string recipeName, CancellationToken cancellationToken)
    {
        if (await db.RecipeRuns.FindAsync([recipeName], cancellationToken) is not null)
        {
            await RunStepsAsync(recipeName, s => s.RunsAtEveryStart && features.IsEnabled(s.GetType().Assembly), cancellationToken);
            return false;
        }

        await RunAsync(recipeName, cancellationToken);
        db.RecipeRuns.Add(new RecipeRun { Name = recipeName, ExecutedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Runs every step; steps are idempotent, so running a recipe again changes nothing.</summary>
    public Task RunAsync(string recipeName, CancellationToken cancellationToken) => RunStepsAsync(recipeName, null, cancellationToken);

    /// <summary>Runs the recipe's steps, or only those <paramref name="only"/> accepts (a step no module provides is then skipped).</summary>
    private async Task RunStepsAsync(string recipeName, Func<IRecipeStep, bool>? only, CancellationToken cancellationToken)
    {
        var path = PathOf(recipeName);
        if (!File.Exists(path) && only is not null)
        {
            // A site set up earlier still starts when its recipe is no longer shipped.
            logger.LogWarning("Recipe {Recipe} was not found; nothing seeded by it is brought up to date.", recipeName);
            return;
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Recipe '{recipeName}' was not found.", path);
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(path, cancellationToken));
        var byName = steps.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var directory = Path.GetDirectoryName(path)!;
        foreach (var step in document.RootElement.GetProperty("steps").EnumerateArray())
        {
            var name = step.GetProperty("name").GetString() ?? string.Empty;
            if (!byName.TryGetValue(name, out var handler))
            {
                if (only is not null)
                {
                    continue;
                }

                throw new InvalidOperationException($"Recipe '{recipeName}' uses step '{name}', which no enabled module provides.");
            }

            if (only is not null && !only(handler))
            {
                continue;
            }

            logger.LogInformation("Recipe {Recipe}: step {Step}", recipeName, name);
            await handler.ExecuteAsync(new RecipeStepContext(step, directory), cancellationToken);
        }
    }
}
