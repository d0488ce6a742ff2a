using System.Text.Json;
using OpenCityAomori.Core.Recipes;
using OpenCityAomori.Web.Shell;

namespace OpenCityAomori.Web.Recipes;

/// <summary>Runs a JSON recipe: each step is handed to the module step with the same name.</summary>
internal sealed class RecipeExecutor(IEnumerable<IRecipeStep> steps, ShellDbContext db, TimeProvider clock, ILogger<RecipeExecutor> logger)
{
    public static string RecipesRoot => Path.Combine(AppContext.BaseDirectory, "Recipes");

    public static string PathOf(string recipeName) => Path.Combine(RecipesRoot, recipeName, "recipe.json");

    /// <summary>Runs the recipe unless it already ran on this database.</summary>
    public async Task<bool> RunOnceAsync(string recipeName, CancellationToken cancellationToken)
    {
        if (await db.RecipeRuns.FindAsync([recipeName], cancellationToken) is not null)
        {
            return false;
        }

        await RunAsync(recipeName, cancellationToken);
        db.RecipeRuns.Add(new RecipeRun { Name = recipeName, ExecutedUtc = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Runs every step; steps are idempotent, so running a recipe again changes nothing.</summary>
    public async Task RunAsync(string recipeName, CancellationToken cancellationToken)
    {
        var path = PathOf(recipeName);
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
                throw new InvalidOperationException($"Recipe '{recipeName}' uses step '{name}', which no enabled module provides.");
            }

            logger.LogInformation("Recipe {Recipe}: step {Step}", recipeName, name);
            await handler.ExecuteAsync(new RecipeStepContext(step, directory), cancellationToken);
        }
    }
}
